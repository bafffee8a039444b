package org.smrdesk.policy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policies for other tools, with the pages' rules (the services'): staff see published
 * versions only, acknowledge the current version of policies for their department, and
 * never see the acknowledgement figures; the lead creates and changes policies.
 */
@RestController
@RequestMapping("/api/v1/policies")
@PreAuthorize("isAuthenticated()")
class PolicyApiController {

	private final PolicyService policies;

	private final PolicyEditor editor;

	private final AcknowledgementService acknowledgements;

	PolicyApiController(PolicyService policies, PolicyEditor editor, AcknowledgementService acknowledgements) {
		this.policies = policies;
		this.editor = editor;
		this.acknowledgements = acknowledgements;
	}

	@CachedPage
	@GetMapping
	PagedModel<PolicySummary> list(@ModelAttribute PolicyCriteria criteria,
			@SortableBy({ "title", "kind", "owner.displayName", "nextReviewOn" }) @PageableDefault(size = 25,
					sort = "title") Pageable pageable,
			@AuthenticationPrincipal CurrentUser reader) {
		return new PagedModel<>(this.policies.search(criteria, reader, pageable).map(PolicySummary::of));
	}

	@CachedPage
	@GetMapping("/{id}")
	ResponseEntity<PolicyDetail> show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser reader) {
		Policy policy = this.policies.get(id, reader);
		return ApiVersions.tagged(detail(policy, reader), policy.getVersion());
	}

	/**
	 * Acknowledges the current version (staff: of a policy for their department).
	 * @param id the policy
	 * @param versionId its published version
	 * @param user who acknowledges
	 * @return whether this call recorded it (false: acknowledged before)
	 */
	@PostMapping("/{id}/versions/{versionId}/acknowledge")
	Acknowledged acknowledge(@PathVariable Long id, @PathVariable Long versionId,
			@AuthenticationPrincipal CurrentUser user) {
		boolean recorded = this.acknowledgements.acknowledge(id, versionId, user);
		return new Acknowledged(recorded, this.acknowledgements.acknowledgedAt(versionId, user).orElse(null));
	}

	/**
	 * Who acknowledged the current version and who has not yet (the lead and managers).
	 * @param id the policy
	 * @param pageable the page
	 * @param reader who asks
	 * @return the people of the departments it applies to
	 */
	@CachedPage
	@GetMapping("/{id}/acknowledgements")
	@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
	PagedModel<PersonJson> acknowledgements(@PathVariable Long id, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal CurrentUser reader) {
		this.policies.get(id, reader);
		List<AcknowledgementService.Coverage> coverage = this.acknowledgements.coverage(reader, id);
		Page<PersonStatus> people = coverage.isEmpty() ? Page.empty(pageable)
				: this.acknowledgements.people(reader, coverage.get(0).versionId(), pageable);
		return new PagedModel<>(people.map(PersonJson::of));
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<PolicyDetail> create(@Valid @RequestBody PolicyRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Policy policy = this.policies.get(this.editor.create(request.toForm(null), user).getId(), user);
		return ResponseEntity.created(URI.create("/api/v1/policies/" + policy.getId()))
			.eTag(ApiVersions.etag(policy.getVersion()))
			.body(detail(policy, user));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<PolicyDetail> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody PolicyRequest request, @AuthenticationPrincipal CurrentUser user) {
		Policy current = this.policies.get(id, user);
		this.editor.update(id, request.toForm(ApiVersions.expected(ifMatch, current.getVersion())), user);
		Policy updated = this.policies.get(id, user);
		return ApiVersions.tagged(detail(updated, user), updated.getVersion());
	}

	/**
	 * Records that the policy was reviewed today: the next review is one cycle away.
	 * @param id the policy
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param user the lead
	 * @return the policy with its new {@code ETag}
	 */
	@PostMapping("/{id}/reviewed")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<PolicyDetail> markReviewed(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		this.editor.markReviewed(id, ApiVersions.expected(ifMatch, this.policies.get(id, user).getVersion()), user);
		return show(id, user);
	}

	private PolicyDetail detail(Policy policy, CurrentUser reader) {
		List<PolicyVersion> versions = this.policies.versions(policy.getId(), reader);
		return new PolicyDetail(policy.getId(), policy.getVersion(), policy.getTitle(), policy.getKind(),
				policy.getOwner().getDisplayName(), policy.isAllDepartments(),
				policy.getDepartments().stream().map((d) -> d.getName()).sorted().toList(),
				policy.getReviewCycleMonths(), policy.getNextReviewOn(), this.policies.isDueForReview(policy),
				versions.stream().map((v) -> VersionJson.of(v, null)).toList());
	}

	/**
	 * A policy in a list.
	 */
	record PolicySummary(Long id, String title, PolicyKind kind, String owner, Integer publishedNumber,
			Integer openNumber, VersionState openState, boolean due, LocalDate nextReviewOn, List<String> departments) {

		static PolicySummary of(PolicyListItem item) {
			Policy p = item.policy();
			return new PolicySummary(p.getId(), p.getTitle(), p.getKind(), p.getOwner().getDisplayName(),
					item.publishedNumber(), item.openNumber(), item.openState(), item.due(), p.getNextReviewOn(),
					item.departmentNames());
		}

	}

	/**
	 * A policy with the versions the reader may see, newest first.
	 */
	record PolicyDetail(Long id, long version, String title, PolicyKind kind, String owner, boolean allDepartments,
			List<String> departments, int reviewCycleMonths, LocalDate nextReviewOn, boolean dueForReview,
			List<VersionJson> versions) {
	}

	/**
	 * A version of a policy ({@code version}: its lock version, {@code number}: 1 for the
	 * first text); {@code acknowledgedAt} is the caller's own acknowledgement.
	 */
	record VersionJson(Long id, long version, int number, VersionState state, String changeSummary, String body,
			Instant publishedAt, Instant acknowledgedAt) {

		static VersionJson of(PolicyVersion v, Instant acknowledgedAt) {
			return new VersionJson(v.getId(), v.getVersion(), v.getNumber(), v.getState(), v.getChangeSummary(),
					v.getBody(), v.getPublishedAt(), acknowledgedAt);
		}

	}

	/**
	 * The outcome of an acknowledgement.
	 */
	record Acknowledged(boolean recorded, Instant acknowledgedAt) {
	}

	/**
	 * A person the current version applies to, with their acknowledgement if any.
	 */
	record PersonJson(Long userId, String name, String email, String department, Instant acknowledgedAt) {

		static PersonJson of(PersonStatus p) {
			return new PersonJson(p.getUserId(), p.getName(), p.getEmail(), p.getDepartmentName(),
					p.getAcknowledgedAt());
		}

	}

}
