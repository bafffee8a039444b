package org.smrdesk.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Paging;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Times;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff acknowledge the published version of the policies that apply to them, exactly
 * once; the lead and managers see who has and who has not.
 */
@Service
@Transactional(readOnly = true)
public class AcknowledgementService {

	private final PolicyVersionRepository versions;

	private final Clock clock;

	AcknowledgementService(PolicyVersionRepository versions, Clock clock) {
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * Records that a user has read a published version. A second acknowledgement (a
	 * double submit, two concurrent requests) changes nothing.
	 * @param policyId the policy's id
	 * @param versionId the version's id: only the published one may be acknowledged, and
	 * by staff only when the policy applies to their department
	 * @param user who acknowledges
	 * @return true when recorded now, false when it was already
	 */
	@Transactional
	public boolean acknowledge(Long policyId, Long versionId, CurrentUser user) {
		PolicyVersion version = this.versions.findInPolicy(policyId, versionId)
			.orElseThrow(() -> new NotFoundException("PolicyVersion", versionId));
		if (version.getState() != VersionState.PUBLISHED) {
			if (!version.getState().isPublic() && user.isStaff()) {
				throw new NotFoundException("PolicyVersion", versionId);
			}
			throw new RuleException("policy.acknowledge.notCurrent");
		}
		if (user.isStaff() && !version.getPolicy().appliesTo(user.departmentId())) {
			throw new RuleException("policy.acknowledge.notForYou");
		}
		return this.versions.acknowledge(versionId, user.id(), this.clock.instant()) == 1;
	}

	/**
	 * When a user acknowledged a version.
	 * @param versionId the version's id
	 * @param user the user
	 * @return the moment, or empty when not (yet)
	 */
	public Optional<Instant> acknowledgedAt(Long versionId, CurrentUser user) {
		return this.versions.acknowledgedAt(versionId, user.id());
	}

	/**
	 * The published versions waiting for a user's acknowledgement: of policies applying
	 * to their department, not yet acknowledged.
	 * @param user the user
	 * @param limit how many at most
	 * @return the first waiting versions, oldest first, each with how many wait in all
	 */
	public List<PolicyVersionRepository.Waiting> waitingFor(CurrentUser user, int limit) {
		return this.versions.waitingFor(user.id(), user.departmentId(), limit);
	}

	/**
	 * Acknowledged ÷ expected for each published policy, with a line per department.
	 * @param reader the lead or a manager
	 * @param policyId one policy, or null for all
	 * @return the figures, by policy title
	 */
	public List<Coverage> coverage(CurrentUser reader, Long policyId) {
		requireOverseer(reader);
		Map<Long, Coverage> byVersion = new LinkedHashMap<>();
		List<CoverageRow> rows = CoverageRow
			.of((policyId != null) ? this.versions.coverage(policyId) : this.versions.coverage());
		for (CoverageRow row : rows) {
			Coverage coverage = byVersion.computeIfAbsent(row.getVersionId(), (id) -> new Coverage(row.getPolicyId(),
					row.getVersionId(), row.getTitle(), row.getNumber(), new ArrayList<>()));
			coverage.departments()
				.add(new DepartmentCoverage(row.getDepartmentId(), row.getDepartmentName(), row.getAcknowledged(),
						row.getExpected()));
		}
		return List.copyOf(byVersion.values());
	}

	/**
	 * The published policies least acknowledged, for the home page.
	 * @param reader the lead or a manager
	 * @param limit how many at most
	 * @return the lowest acknowledgement rates first, and how many policies are published
	 */
	public LowestCoverage lowestCoverage(CurrentUser reader, int limit) {
		requireOverseer(reader);
		List<Coverage> lowest = CoverageRow.of(this.versions.lowestCoverage(limit))
			.stream()
			.map((row) -> new Coverage(row.getPolicyId(), row.getVersionId(), row.getTitle(), row.getNumber(),
					List.of(new DepartmentCoverage(null, null, row.getAcknowledged(), row.getExpected()))))
			.toList();
		return new LowestCoverage(lowest, this.versions.countPublished());
	}

	/**
	 * The rows of a policy's acknowledgement export: the staff expected to acknowledge
	 * its published version, those who have not first (none without one).
	 * @param reader the lead or a manager
	 * @param policyId the policy's id
	 * @return policy title, version number, name, e-mail, department and when they
	 * acknowledged (empty: not yet)
	 */
	public List<List<Object>> exportPeople(CurrentUser reader, Long policyId) {
		requireOverseer(reader);
		return this.versions.exportPeople(policyId)
			.stream()
			.map((row) -> Arrays.asList(row[0], row[1], row[2], row[3], row[4], isoInstant(row[5])))
			.toList();
	}

	private static String isoInstant(Object value) {
		Instant instant = Times.instant(value);
		return (instant != null) ? instant.toString() : "";
	}

	/**
	 * One page of the staff expected to acknowledge a version, those who have not first.
	 * @param reader the lead or a manager
	 * @param versionId the version's id
	 * @param pageable which page
	 * @return the page
	 */
	public Page<PersonStatus> people(CurrentUser reader, Long versionId, Pageable pageable) {
		requireOverseer(reader);
		return Paging.within(pageable,
				(page) -> PageableExecutionUtils.getPage(
						PersonStatus.of(this.versions.people(versionId, page.getPageSize(), page.getOffset())), page,
						() -> this.versions.countPeople(versionId)));
	}

	static void requireOverseer(CurrentUser reader) {
		if (!reader.isLead() && !reader.isManager()) {
			throw new AccessDeniedException("Acknowledgement figures are for the lead and managers");
		}
	}

	/**
	 * The least acknowledged published policies.
	 *
	 * @param lowest the lowest rates first
	 * @param published how many published policies there are in all
	 */
	public record LowestCoverage(List<Coverage> lowest, long published) {

		public long more() {
			return this.published - this.lowest.size();
		}

	}

	/**
	 * The acknowledgement figures of one published version.
	 *
	 * @param policyId the policy's id
	 * @param versionId the version's id
	 * @param title the policy's title
	 * @param number the version number
	 * @param departments one line per department it applies to (with staff)
	 */
	public record Coverage(Long policyId, Long versionId, String title, int number,
			List<DepartmentCoverage> departments) {

		public long acknowledged() {
			return this.departments.stream().mapToLong(DepartmentCoverage::acknowledged).sum();
		}

		public long expected() {
			return this.departments.stream().mapToLong(DepartmentCoverage::expected).sum();
		}

		public int percent() {
			return DepartmentCoverage.percent(acknowledged(), expected());
		}

	}

	/**
	 * A department's acknowledgement figures for one version.
	 *
	 * @param departmentId the department's id
	 * @param name its name
	 * @param acknowledged staff who acknowledged
	 * @param expected active staff of the department
	 */
	public record DepartmentCoverage(Long departmentId, String name, long acknowledged, long expected) {

		public int percent() {
			return percent(this.acknowledged, this.expected);
		}

		static int percent(long part, long whole) {
			return (whole == 0) ? 100 : (int) Math.floor(100.0 * part / whole);
		}

	}

}
