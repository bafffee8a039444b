package org.smrdesk.policy;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;
import org.smrdesk.policy.PolicyApiController.VersionJson;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The versions of a policy for other tools, with the pages' workflow (the workflow's
 * rules): everyone reads the published and retired versions (the lead and managers also
 * drafts and versions in review) and compares two; the lead opens a draft, revises it,
 * submits it for review, returns it to draft (changes requested), publishes it (staff
 * concerned are asked to acknowledge it) and retires the published one. Every change
 * takes the version's {@code ETag} in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/policies/{policyId}")
@PreAuthorize("hasRole('LEAD')")
class PolicyVersionApiController {

	private final PolicyService policies;

	private final PolicyVersionWorkflow workflow;

	private final AcknowledgementService acknowledgements;

	PolicyVersionApiController(PolicyService policies, PolicyVersionWorkflow workflow,
			AcknowledgementService acknowledgements) {
		this.policies = policies;
		this.workflow = workflow;
		this.acknowledgements = acknowledgements;
	}

	/**
	 * The versions the caller may see, newest first.
	 * @param policyId the policy
	 * @param pageable the page
	 * @param reader who asks
	 * @return the versions (without the caller's acknowledgement: see one version)
	 */
	@GetMapping("/versions")
	@PreAuthorize("isAuthenticated()")
	PagedModel<VersionJson> versions(@PathVariable Long policyId, @SortableBy({ "number" }) @PageableDefault(size = 20,
			sort = "number", direction = Sort.Direction.DESC) Pageable pageable,
			@AuthenticationPrincipal CurrentUser reader) {
		return new PagedModel<>(this.policies.versions(policyId, reader, pageable).map((v) -> VersionJson.of(v, null)));
	}

	/**
	 * One version with the caller's own acknowledgement, tagged for {@code If-Match}.
	 * @param policyId the policy
	 * @param versionId the version
	 * @param reader who asks (staff: published and retired versions only)
	 * @return the version
	 */
	@GetMapping("/versions/{versionId}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<VersionJson> version(@PathVariable Long policyId, @PathVariable Long versionId,
			@AuthenticationPrincipal CurrentUser reader) {
		PolicyVersion version = this.policies.version(policyId, versionId, reader);
		return ApiVersions.tagged(
				VersionJson.of(version, this.acknowledgements.acknowledgedAt(versionId, reader).orElse(null)),
				version.getVersion());
	}

	/**
	 * The line differences between two versions the caller may see.
	 * @param policyId the policy
	 * @param from the older version
	 * @param to the newer version
	 * @param reader who asks
	 * @return the lines, each same, removed or added
	 */
	@GetMapping("/diff")
	@PreAuthorize("isAuthenticated()")
	DiffJson diff(@PathVariable Long policyId, @RequestParam Long from, @RequestParam Long to,
			@AuthenticationPrincipal CurrentUser reader) {
		VersionDiff diff = this.policies.diff(policyId, from, to, reader);
		return new DiffJson(diff.from().getId(), diff.from().getNumber(), diff.to().getId(), diff.to().getNumber(),
				diff.added(), diff.removed(), diff.lines());
	}

	/**
	 * Opens a draft from the latest text (201); when a draft or a version in review is
	 * open already, that one is the answer (200), as on the page: one open version at a
	 * time.
	 * @param policyId the policy
	 * @param request what the new version is to change (optional)
	 * @param actor the lead
	 * @return the open version
	 */
	@PostMapping("/versions")
	ResponseEntity<VersionJson> startNewDraft(@PathVariable Long policyId,
			@Valid @RequestBody(required = false) DraftRequest request, @AuthenticationPrincipal CurrentUser actor) {
		boolean open = this.policies.versions(policyId, actor).stream().anyMatch(PolicyVersion::isEditable);
		PolicyVersion draft = this.policies.startNewDraft(policyId, (request != null) ? request.changeSummary() : null,
				actor);
		return ResponseEntity.status(open ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/policies/" + policyId + "/versions/" + draft.getId()))
			.eTag(ApiVersions.etag(draft.getVersion()))
			.body(VersionJson.of(draft, null));
	}

	/**
	 * Changes the text of a draft or a version in review (a published one refuses: 422).
	 * @param policyId the policy
	 * @param versionId the version
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request the text and what changed
	 * @param actor the lead
	 * @return the version with its new {@code ETag}
	 */
	@PutMapping("/versions/{versionId}")
	ResponseEntity<VersionJson> revise(@PathVariable Long policyId, @PathVariable Long versionId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody VersionRequest request, @AuthenticationPrincipal CurrentUser actor) {
		VersionForm form = new VersionForm();
		form.setVersion(expected(policyId, versionId, ifMatch, actor));
		form.setBody(request.body());
		form.setChangeSummary(request.changeSummary());
		this.workflow.revise(policyId, versionId, form, actor);
		return version(policyId, versionId, actor);
	}

	/**
	 * Hands a draft to review (a version in another state: 422).
	 * @param policyId the policy
	 * @param versionId the draft
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param actor the lead
	 * @return the version in review
	 */
	@PostMapping("/versions/{versionId}/submit")
	ResponseEntity<VersionJson> submit(@PathVariable Long policyId, @PathVariable Long versionId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser actor) {
		this.workflow.submitForReview(policyId, versionId, expected(policyId, versionId, ifMatch, actor), actor);
		return version(policyId, versionId, actor);
	}

	/**
	 * Sends a version in review back to draft: the review asks for changes.
	 * @param policyId the policy
	 * @param versionId the version in review
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param actor the lead
	 * @return the draft
	 */
	@PostMapping("/versions/{versionId}/return")
	ResponseEntity<VersionJson> returnToDraft(@PathVariable Long policyId, @PathVariable Long versionId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser actor) {
		this.workflow.returnToDraft(policyId, versionId, expected(policyId, versionId, ifMatch, actor), actor);
		return version(policyId, versionId, actor);
	}

	/**
	 * Publishes a version in review (the review approved it): the version published
	 * before is retired, the next review is one cycle away, and the staff concerned are
	 * asked to acknowledge it (notification and e-mail, as from the page).
	 * @param policyId the policy
	 * @param versionId the version in review
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param actor the lead
	 * @return the published version
	 */
	@PostMapping("/versions/{versionId}/publish")
	ResponseEntity<VersionJson> publish(@PathVariable Long policyId, @PathVariable Long versionId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser actor) {
		this.workflow.publish(policyId, versionId, expected(policyId, versionId, ifMatch, actor), actor);
		return version(policyId, versionId, actor);
	}

	/**
	 * Withdraws the published version: the policy no longer applies until a new one is
	 * published (another state: 422).
	 * @param policyId the policy
	 * @param versionId the published version
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param actor the lead
	 * @return the retired version
	 */
	@PostMapping("/versions/{versionId}/retire")
	ResponseEntity<VersionJson> retire(@PathVariable Long policyId, @PathVariable Long versionId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser actor) {
		this.workflow.retire(policyId, versionId, expected(policyId, versionId, ifMatch, actor), actor);
		return version(policyId, versionId, actor);
	}

	private Long expected(Long policyId, Long versionId, String ifMatch, CurrentUser actor) {
		return ApiVersions.expected(ifMatch, this.policies.version(policyId, versionId, actor).getVersion());
	}

	/**
	 * What a new draft is to change.
	 *
	 * @param changeSummary what changes, in a line (may be left out)
	 */
	@Schema(example = """
			{"changeSummary": "Name the new video service"}""")
	record DraftRequest(@Size(max = 300) String changeSummary) {
	}

	/**
	 * The text of a draft or a version in review; the version comes from
	 * {@code If-Match}.
	 *
	 * @param body the Markdown text
	 * @param changeSummary what changed, in a line
	 */
	@Schema(example = """
			{"body": "# Be kind\\nSpeak for yourself, never for the company.", "changeSummary": "Clearer wording"}""")
	record VersionRequest(@NotBlank @Size(max = 100_000) String body, @NotBlank @Size(max = 300) String changeSummary) {
	}

	/**
	 * The differences between two versions.
	 */
	record DiffJson(Long fromId, int fromNumber, Long toId, int toNumber, int added, int removed,
			List<VersionDiff.Line> lines) {
	}

}
