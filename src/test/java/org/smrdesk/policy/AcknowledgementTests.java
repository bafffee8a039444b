package org.smrdesk.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Role;
import org.smrdesk.core.RuleException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Acknowledgement on the real database: exactly once, even under concurrent requests;
 * waiting lists and coverage figures per department.
 */
@IntegrationTest
class AcknowledgementTests {

	@Autowired
	private PolicyService policies;

	@Autowired
	private PolicyEditor editor;

	@Autowired
	private PolicyVersionWorkflow workflow;

	@Autowired
	private AcknowledgementService acknowledgements;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private PolicyFixtures fixtures;

	private CurrentUser lead;

	private String sales;

	private String legal;

	@BeforeEach
	void setUp() {
		this.fixtures = new PolicyFixtures(this.jdbc, this.userDetails, this.policies, this.editor, this.workflow);
		this.sales = this.fixtures.department("Ack Sales");
		this.legal = this.fixtures.department("Ack Legal");
		this.lead = this.fixtures.user(Role.LEAD, this.fixtures.department("Ack Comms"));
	}

	@Test
	void twoConcurrentAcknowledgementsGiveOneRow() throws Exception {
		CurrentUser staff = this.fixtures.user(Role.STAFF, this.sales);
		Policy policy = this.fixtures.published("Concurrent", List.of(this.fixtures.departmentId(this.sales)),
				this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);

		for (int round = 0; round < 5; round++) {
			this.jdbc.update("delete from policy_acknowledgements where version_id = ?", version.getId());
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				Callable<Boolean> submit = () -> {
					start.await();
					return this.acknowledgements.acknowledge(policy.getId(), version.getId(), staff);
				};
				List<Future<Boolean>> results = new ArrayList<>();
				results.add(pool.submit(submit));
				results.add(pool.submit(submit));
				start.countDown();
				List<Boolean> recorded = new ArrayList<>();
				for (Future<Boolean> result : results) {
					recorded.add(result.get(20, TimeUnit.SECONDS));
				}
				assertThat(recorded).containsExactlyInAnyOrder(true, false);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(rows(version.getId(), staff.id())).isEqualTo(1);
		}
	}

	@Test
	void aDoubleSubmitRecordsOnceAndKeepsTheFirstTime() {
		CurrentUser staff = this.fixtures.user(Role.STAFF, this.sales);
		Policy policy = this.fixtures.published("Double", List.of(this.fixtures.departmentId(this.sales)), this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);
		assertThat(this.acknowledgements.acknowledge(policy.getId(), version.getId(), staff)).isTrue();
		var first = this.acknowledgements.acknowledgedAt(version.getId(), staff).orElseThrow();
		assertThat(this.acknowledgements.acknowledge(policy.getId(), version.getId(), staff)).isFalse();
		assertThat(rows(version.getId(), staff.id())).isEqualTo(1);
		assertThat(this.acknowledgements.acknowledgedAt(version.getId(), staff)).contains(first);
	}

	@Test
	void policiesWaitForStaffOfTheDepartmentsTheyApplyToUntilAcknowledged() {
		CurrentUser salesStaff = this.fixtures.user(Role.STAFF, this.sales);
		CurrentUser legalStaff = this.fixtures.user(Role.STAFF, this.legal);
		Policy policy = this.fixtures.published("Waiting", List.of(this.fixtures.departmentId(this.sales)), this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);

		assertThat(waitingTitles(salesStaff)).contains(policy.getTitle());
		assertThat(waitingTitles(legalStaff)).doesNotContain(policy.getTitle());
		this.acknowledgements.acknowledge(policy.getId(), version.getId(), salesStaff);
		assertThat(waitingTitles(salesStaff)).doesNotContain(policy.getTitle());
	}

	@Test
	void coverageCountsActiveStaffPerDepartmentAndANewVersionIsDueAgain() {
		long salesId = this.fixtures.departmentId(this.sales);
		long legalId = this.fixtures.departmentId(this.legal);
		CurrentUser ann = this.fixtures.user(Role.STAFF, this.sales);
		this.fixtures.user(Role.STAFF, this.sales);
		CurrentUser lou = this.fixtures.user(Role.STAFF, this.legal);
		this.fixtures.user(Role.MANAGER, this.sales);
		CurrentUser gone = this.fixtures.user(Role.STAFF, this.legal);
		this.jdbc.update("update users set active = false where id = ?", gone.id());
		CurrentUser manager = this.fixtures.user(Role.MANAGER, this.legal);

		Policy policy = this.fixtures.published("Coverage", List.of(salesId, legalId), this.lead);
		PolicyVersion first = this.fixtures.firstVersion(policy, this.lead);
		this.acknowledgements.acknowledge(policy.getId(), first.getId(), ann);

		AcknowledgementService.Coverage coverage = single(manager, policy);
		assertThat(coverage.acknowledged()).isEqualTo(1);
		assertThat(coverage.expected()).isEqualTo(3);
		assertThat(coverage.percent()).isEqualTo(33);
		assertThat(coverage.departments())
			.extracting(AcknowledgementService.DepartmentCoverage::name,
					AcknowledgementService.DepartmentCoverage::acknowledged,
					AcknowledgementService.DepartmentCoverage::expected)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.legal, 0L, 1L),
					org.assertj.core.groups.Tuple.tuple(this.sales, 1L, 2L));
		assertThat(this.acknowledgements.people(this.lead, first.getId(), PageRequest.of(0, 50)).getContent())
			.extracting(PersonStatus::getUserId)
			.hasSize(3)
			.doesNotContain(gone.id())
			.last()
			.isEqualTo(ann.id());
		List<List<Object>> export = this.acknowledgements.exportPeople(this.lead, policy.getId());
		assertThat(export).hasSize(3);
		assertThat(export.get(0).get(5)).isEqualTo("");
		assertThat(export.get(2)).startsWith(policy.getTitle(), first.getNumber(), ann.displayName(), ann.email(),
				this.sales);
		assertThat(java.time.Instant.parse((String) export.get(2).get(5))).isNotNull();

		PolicyVersion second = this.policies.startNewDraft(policy.getId(), "Update", this.lead);
		this.workflow.submitForReview(policy.getId(), second.getId(), this.lead);
		this.workflow.publish(policy.getId(), second.getId(), this.lead);
		AcknowledgementService.Coverage again = single(this.lead, policy);
		assertThat(again.versionId()).isEqualTo(second.getId());
		assertThat(again.acknowledged()).isZero();
		assertThat(waitingTitles(ann)).contains(policy.getTitle());
		assertThat(waitingTitles(lou)).contains(policy.getTitle());
	}

	@Test
	void onlyTheCurrentPublishedVersionCanBeAcknowledged() {
		CurrentUser staff = this.fixtures.user(Role.STAFF, this.sales);
		Policy policy = this.fixtures.published("Current", List.of(this.fixtures.departmentId(this.sales)), this.lead);
		PolicyVersion first = this.fixtures.firstVersion(policy, this.lead);
		PolicyVersion draft = this.policies.startNewDraft(policy.getId(), "Next", this.lead);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.acknowledgements.acknowledge(policy.getId(), draft.getId(), staff));
		this.workflow.submitForReview(policy.getId(), draft.getId(), this.lead);
		this.workflow.publish(policy.getId(), draft.getId(), this.lead);
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.acknowledgements.acknowledge(policy.getId(), first.getId(), staff));
		assertThat(rows(first.getId(), staff.id())).isZero();
	}

	@Test
	void staffCannotAcknowledgeAPolicyThatDoesNotApplyToThem() {
		CurrentUser legalStaff = this.fixtures.user(Role.STAFF, this.legal);
		Policy policy = this.fixtures.published("Not for legal", List.of(this.fixtures.departmentId(this.sales)),
				this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.acknowledgements.acknowledge(policy.getId(), version.getId(), legalStaff))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("policy.acknowledge.notForYou"));
		assertThat(rows(version.getId(), legalStaff.id())).isZero();

		Policy forAll = this.fixtures.published("For everyone", List.of(this.fixtures.departmentId(this.sales)),
				this.lead);
		this.jdbc.update("update policies set all_departments = true where id = ?", forAll.getId());
		PolicyVersion forAllVersion = this.fixtures.firstVersion(forAll, this.lead);
		assertThat(this.acknowledgements.acknowledge(forAll.getId(), forAllVersion.getId(), legalStaff)).isTrue();
		assertThat(rows(forAllVersion.getId(), legalStaff.id())).isEqualTo(1);
	}

	@Test
	void theKeptCountsFollowMovesDeactivationsRoleChangesAndDeletions() {
		long salesId = this.fixtures.departmentId(this.sales);
		long legalId = this.fixtures.departmentId(this.legal);
		CurrentUser ann = this.fixtures.user(Role.STAFF, this.sales);
		CurrentUser bob = this.fixtures.user(Role.STAFF, this.sales);
		CurrentUser cy = this.fixtures.user(Role.STAFF, this.legal);
		Policy policy = this.fixtures.published("Kept counts", List.of(salesId, legalId), this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);
		this.acknowledgements.acknowledge(policy.getId(), version.getId(), ann);
		this.acknowledgements.acknowledge(policy.getId(), version.getId(), bob);
		this.acknowledgements.acknowledge(policy.getId(), version.getId(), cy);
		assertThat(figures(policy)).containsEntry(this.sales, "2/2").containsEntry(this.legal, "1/1");
		assertThatKeptCountsMatchACountFromScratch();

		this.jdbc.update("update users set department_id = ? where id = ?", legalId, bob.id());
		assertThat(figures(policy)).containsEntry(this.sales, "1/1").containsEntry(this.legal, "2/2");
		this.jdbc.update("update users set active = false where id = ?", cy.id());
		assertThat(figures(policy)).containsEntry(this.sales, "1/1").containsEntry(this.legal, "1/1");
		this.jdbc.update("update users set role = 'MANAGER' where id = ?", ann.id());
		assertThat(figures(policy)).doesNotContainKey(this.sales).containsEntry(this.legal, "1/1");
		this.jdbc.update("update users set role = 'STAFF', active = true where id in (?, ?)", ann.id(), cy.id());
		assertThat(figures(policy)).containsEntry(this.sales, "1/1").containsEntry(this.legal, "2/2");
		this.jdbc.update("delete from policy_acknowledgements where version_id = ? and user_id = ?", version.getId(),
				bob.id());
		assertThat(figures(policy)).containsEntry(this.sales, "1/1").containsEntry(this.legal, "1/2");
		assertThatKeptCountsMatchACountFromScratch();
	}

	@Test
	void theHomePanelShowsTheLowestRatesFirstAndABoundedNumber() {
		long salesId = this.fixtures.departmentId(this.sales);
		CurrentUser ann = this.fixtures.user(Role.STAFF, this.sales);
		Policy read = this.fixtures.published("Panel read", List.of(salesId), this.lead);
		this.acknowledgements.acknowledge(read.getId(), this.fixtures.firstVersion(read, this.lead).getId(), ann);
		Policy unread = this.fixtures.published("Panel unread", List.of(salesId), this.lead);
		AcknowledgementService.LowestCoverage all = this.acknowledgements.lowestCoverage(this.lead, 1_000);
		List<Long> order = all.lowest().stream().map(AcknowledgementService.Coverage::policyId).toList();
		assertThat(order).contains(read.getId(), unread.getId());
		assertThat(order.indexOf(unread.getId())).isLessThan(order.indexOf(read.getId()));
		assertThat(all.lowest()).isSortedAccordingTo(
				java.util.Comparator.comparingDouble((c) -> (double) c.acknowledged() / Math.max(1, c.expected())));
		AcknowledgementService.LowestCoverage two = this.acknowledgements.lowestCoverage(this.lead, 2);
		assertThat(two.lowest()).hasSize(2);
		assertThat(two.more()).isEqualTo(two.published() - 2).isPositive();
	}

	private java.util.Map<String, String> figures(Policy policy) {
		return single(this.lead, policy).departments()
			.stream()
			.collect(java.util.stream.Collectors.toMap(AcknowledgementService.DepartmentCoverage::name,
					(d) -> d.acknowledged() + "/" + d.expected()));
	}

	private void assertThatKeptCountsMatchACountFromScratch() {
		List<String> kept = this.jdbc.queryForList("""
				select version_id || ':' || department_id || ':' || acknowledged from policy_acknowledgement_counts
				where acknowledged > 0 order by 1""", String.class);
		List<String> scratch = this.jdbc.queryForList("""
				select a.version_id || ':' || u.department_id || ':' || count(*) from policy_acknowledgements a
				join users u on u.id = a.user_id and u.active and u.role = 'STAFF'
				group by a.version_id, u.department_id order by 1""", String.class);
		assertThat(kept).isEqualTo(scratch);
	}

	@Test
	void staffDoNotSeeTheFigures() {
		CurrentUser staff = this.fixtures.user(Role.STAFF, this.sales);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.acknowledgements.coverage(staff, null));
	}

	private AcknowledgementService.Coverage single(CurrentUser reader, Policy policy) {
		List<AcknowledgementService.Coverage> coverage = this.acknowledgements.coverage(reader, policy.getId());
		assertThat(coverage).hasSize(1);
		return coverage.get(0);
	}

	private List<String> waitingTitles(CurrentUser user) {
		return this.acknowledgements.waitingFor(user, Integer.MAX_VALUE)
			.stream()
			.map(PolicyVersionRepository.Waiting::getTitle)
			.toList();
	}

	private int rows(Long versionId, Long userId) {
		return this.jdbc.queryForObject(
				"select count(*) from policy_acknowledgements where version_id = ? and user_id = ?", Integer.class,
				versionId, userId);
	}

}
