package org.smrdesk.incident;

import java.net.URI;

import jakarta.validation.Valid;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;
import org.smrdesk.incident.ReviewJson.CloseRequest;
import org.smrdesk.incident.ReviewJson.CommentRequest;
import org.smrdesk.incident.ReviewJson.CommentResponse;
import org.smrdesk.incident.ReviewJson.FollowUpRequest;
import org.smrdesk.incident.ReviewJson.FollowUpResponse;
import org.smrdesk.incident.ReviewJson.ReviewRequest;
import org.smrdesk.incident.ReviewJson.ReviewResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
 * Post-incident reviews and their follow-ups for other tools, with the review page's
 * rules (the services'): the lead and managers read a review; the lead writes its text;
 * the lead and managers comment and add follow-ups; a manager signs it off. A follow-up
 * is read by its owner, managers and the lead, and closed by its owner or the lead.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class IncidentReviewApiController {

	private final IncidentReviewService reviews;

	private final FollowUpService followUps;

	IncidentReviewApiController(IncidentReviewService reviews, FollowUpService followUps) {
		this.reviews = reviews;
		this.followUps = followUps;
	}

	@GetMapping("/incidents/{id}/review")
	@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
	ResponseEntity<ReviewResponse> show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		IncidentReview review = this.reviews.get(id, user);
		return ApiVersions.tagged(ReviewResponse.of(review), review.getVersion());
	}

	/**
	 * Writes the review's text (the lead), starting the review of a resolved incident.
	 * @param id the incident
	 * @param ifMatch the review's {@code ETag} last read (required: none is a 428, a
	 * stale one a 412)
	 * @param request the text
	 * @param user the lead
	 * @return the review with its new {@code ETag}
	 */
	@PutMapping("/incidents/{id}/review")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ReviewResponse> write(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ReviewRequest request, @AuthenticationPrincipal CurrentUser user) {
		ReviewForm form = request.toForm();
		form.setVersion(this.reviews.find(id)
			.map((current) -> ApiVersions.expected(ifMatch, current.getVersion()))
			.orElse(null));
		this.reviews.write(id, form, user);
		return show(id, user);
	}

	@PostMapping("/incidents/{id}/review/comments")
	@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
	ResponseEntity<CommentResponse> comment(@PathVariable Long id, @Valid @RequestBody CommentRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ReviewComment comment = this.reviews.comment(id, request.body(), user);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/review#comment-" + comment.getId()))
			.body(new CommentResponse(comment.getId(), user.id(), user.displayName(), comment.getBody(),
					comment.getCreatedAt()));
	}

	@PostMapping("/incidents/{id}/review/follow-ups")
	@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
	ResponseEntity<FollowUpResponse> addFollowUp(@PathVariable Long id, @Valid @RequestBody FollowUpRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		FollowUp added = this.reviews.addFollowUp(id, request.toForm(), user);
		FollowUp followUp = this.followUps.get(added.getId(), user);
		return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + followUp.getId()))
			.eTag(ApiVersions.etag(followUp.getVersion()))
			.body(FollowUpResponse.of(followUp));
	}

	/**
	 * A manager signs the review off: it is frozen and the incident moves to "reviewed".
	 * @param id the incident
	 * @param ifMatch the review's {@code ETag} last read (required: none is a 428, a
	 * stale one a 412)
	 * @param user the manager
	 * @return the signed-off review
	 */
	@PostMapping("/incidents/{id}/review/sign-off")
	@PreAuthorize("hasRole('MANAGER')")
	ResponseEntity<ReviewResponse> signOff(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		IncidentReview current = this.reviews.get(id, user);
		this.reviews.signOff(id, ApiVersions.expected(ifMatch, current.getVersion()), user);
		return show(id, user);
	}

	/**
	 * Open follow-ups: the caller's own, or with {@code overdue=true} (the lead)
	 * everybody's past their due date.
	 * @param overdue everybody's overdue ones (the lead)
	 * @param pageable the page
	 * @param user who asks
	 * @return the follow-ups
	 */
	@GetMapping("/follow-ups")
	PagedModel<FollowUpResponse> followUps(@RequestParam(defaultValue = "false") boolean overdue,
			@SortableBy({ "dueOn", "type" }) @PageableDefault(size = 25, sort = { "dueOn", "id" }) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		return new PagedModel<>(this.followUps.open(user, overdue, pageable).map(FollowUpResponse::of));
	}

	@GetMapping("/follow-ups/{id}")
	ResponseEntity<FollowUpResponse> followUp(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		FollowUp followUp = this.followUps.get(id, user);
		return ApiVersions.tagged(FollowUpResponse.of(followUp), followUp.getVersion());
	}

	/**
	 * Marks a follow-up done or dropped (its owner or the lead), also after the review's
	 * sign-off.
	 * @param id the follow-up
	 * @param ifMatch its {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param request done or dropped, and why
	 * @param user its owner or the lead
	 * @return the closed follow-up
	 */
	@PostMapping("/follow-ups/{id}/close")
	ResponseEntity<FollowUpResponse> close(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody CloseRequest request, @AuthenticationPrincipal CurrentUser user) {
		FollowUp current = this.followUps.get(id, user);
		this.followUps.close(id, request.state(), request.note(), ApiVersions.expected(ifMatch, current.getVersion()),
				user);
		return followUp(id, user);
	}

}
