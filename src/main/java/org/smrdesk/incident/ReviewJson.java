package org.smrdesk.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The post-incident review and its follow-ups as the API reads and writes them.
 */
final class ReviewJson {

	private ReviewJson() {
	}

	/**
	 * A review with its follow-ups and the managers' comments.
	 *
	 * @param incidentId the incident
	 * @param version the review's version (its {@code ETag})
	 * @param whatHappened what happened
	 * @param wentWell what went well
	 * @param toChange what to change
	 * @param signedOff whether a manager signed it off (it is frozen then)
	 * @param signedOffById who signed it off
	 * @param signedOffBy their name
	 * @param signedOffAt when
	 * @param followUps its follow-ups, soonest due first
	 * @param comments the comments, oldest first
	 */
	record ReviewResponse(Long incidentId, long version, String whatHappened, String wentWell, String toChange,
			boolean signedOff, Long signedOffById, String signedOffBy, Instant signedOffAt,
			List<FollowUpResponse> followUps, List<CommentResponse> comments) {

		static ReviewResponse of(IncidentReview r) {
			return new ReviewResponse(r.getIncident().getId(), r.getVersion(), r.getWhatHappened(), r.getWentWell(),
					r.getToChange(), r.isSignedOff(), (r.getSignedOffBy() != null) ? r.getSignedOffBy().getId() : null,
					(r.getSignedOffBy() != null) ? r.getSignedOffBy().getDisplayName() : null, r.getSignedOffAt(),
					r.getFollowUps().stream().map(FollowUpResponse::of).toList(),
					r.getComments().stream().map(CommentResponse::of).toList());
		}

	}

	/**
	 * A follow-up of a review.
	 *
	 * @param id the follow-up
	 * @param version its version (its {@code ETag})
	 * @param incidentId the incident of its review
	 * @param type what it asks for
	 * @param description what to do
	 * @param ownerId who does it
	 * @param owner their name
	 * @param dueOn by when
	 * @param policyId the policy to change (a policy change)
	 * @param policyVersionId the draft version opened for it, once opened
	 * @param trainingId the training that meets the need (a training need)
	 * @param state open, done or dropped
	 * @param closedById who closed it
	 * @param closedAt when
	 * @param closingNote why
	 */
	record FollowUpResponse(Long id, long version, Long incidentId, FollowUpType type, String description, Long ownerId,
			String owner, LocalDate dueOn, Long policyId, Long policyVersionId, Long trainingId, FollowUpState state,
			Long closedById, Instant closedAt, String closingNote) {

		static FollowUpResponse of(FollowUp f) {
			return new FollowUpResponse(f.getId(), f.getVersion(), f.getReview().getIncident().getId(), f.getType(),
					f.getDescription(), f.getOwner().getId(), f.getOwner().getDisplayName(), f.getDueOn(),
					(f.getPolicy() != null) ? f.getPolicy().getId() : null,
					(f.getPolicyVersion() != null) ? f.getPolicyVersion().getId() : null,
					(f.getTraining() != null) ? f.getTraining().getId() : null, f.getState(),
					(f.getClosedBy() != null) ? f.getClosedBy().getId() : null, f.getClosedAt(), f.getClosingNote());
		}

	}

	/**
	 * A comment on a review.
	 *
	 * @param id the comment
	 * @param authorId who wrote it
	 * @param author their name
	 * @param body the comment
	 * @param createdAt when
	 */
	record CommentResponse(Long id, Long authorId, String author, String body, Instant createdAt) {

		static CommentResponse of(ReviewComment c) {
			return new CommentResponse(c.getId(), c.getAuthor().getId(), c.getAuthor().getDisplayName(), c.getBody(),
					c.getCreatedAt());
		}

	}

	/**
	 * The review's text (the lead); the version comes from {@code If-Match}.
	 *
	 * @param whatHappened what happened
	 * @param wentWell what went well
	 * @param toChange what to change
	 */
	@Schema(example = """
			{"whatHappened": "A login outage drew 300 complaints in an hour",
			 "wentWell": "The first statement was out in 20 minutes",
			 "toChange": "Support needs the status page link in its replies"}""")
	record ReviewRequest(@Size(max = 10000) String whatHappened, @Size(max = 10000) String wentWell,
			@Size(max = 10000) String toChange) {

		ReviewForm toForm() {
			ReviewForm form = new ReviewForm();
			form.setWhatHappened(this.whatHappened);
			form.setWentWell(this.wentWell);
			form.setToChange(this.toChange);
			return form;
		}

	}

	/**
	 * A comment on the review (a manager or the lead).
	 *
	 * @param body the comment
	 */
	@Schema(example = """
			{"body": "Agreed; add the status page link to the support macros too."}""")
	record CommentRequest(@NotBlank @Size(max = 5000) String body) {
	}

	/**
	 * A follow-up to add to the review (the lead or a manager).
	 *
	 * @param type an action, a policy change (names the policy) or a training need (may
	 * name a training)
	 * @param description what to do
	 * @param ownerId who does it
	 * @param dueOn by when (today or later)
	 * @param policyId the policy to change (a policy change)
	 * @param trainingId the training that meets the need (optional)
	 */
	@Schema(example = """
			{"type": "ACTION", "description": "Add the status page link to the support macros",
			 "ownerId": 12, "dueOn": "2026-12-15"}""")
	record FollowUpRequest(@NotNull FollowUpType type, @NotBlank @Size(max = 2000) String description,
			@NotNull Long ownerId, @NotNull @FutureOrPresent LocalDate dueOn, Long policyId, Long trainingId) {

		FollowUpForm toForm() {
			FollowUpForm form = new FollowUpForm();
			form.setType(this.type);
			form.setDescription(this.description);
			form.setOwnerId(this.ownerId);
			form.setDueOn(this.dueOn);
			form.setPolicyId(this.policyId);
			form.setTrainingId(this.trainingId);
			return form;
		}

	}

	/**
	 * Closes a follow-up (its owner or the lead); the version comes from
	 * {@code If-Match}.
	 *
	 * @param state {@code DONE} or {@code DROPPED}
	 * @param note why (required to drop)
	 */
	@Schema(example = """
			{"state": "DONE", "note": "Macros updated on 3 December"}""")
	record CloseRequest(@NotNull FollowUpState state, @Size(max = 2000) String note) {
	}

}
