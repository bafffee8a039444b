package org.smrdesk.incident;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.Choice;
import org.smrdesk.core.Choices;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Text;
import org.smrdesk.policy.Policy;
import org.smrdesk.policy.PolicyService;
import org.smrdesk.policy.PolicyVersion;
import org.smrdesk.training.Training;
import org.smrdesk.training.TrainingService;
import org.smrdesk.user.UserService;

import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-incident reviews: the lead or a manager writes one for a resolved incident and
 * adds follow-ups; a manager signs it off, which moves the incident to "reviewed" with a
 * timeline entry.
 */
@Service
@Transactional(readOnly = true)
public class IncidentReviewService {

	private final IncidentService incidents;

	private final IncidentSearch search;

	private final IncidentReviewRepository reviews;

	private final IncidentWorkflow workflow;

	private final UserService users;

	private final PolicyService policies;

	private final TrainingService trainings;

	private final Clock clock;

	private final ReviewCommentRepository comments;

	private final org.springframework.context.ApplicationEventPublisher events;

	IncidentReviewService(IncidentService incidents, IncidentSearch search, IncidentReviewRepository reviews,
			IncidentWorkflow workflow, UserService users, PolicyService policies, TrainingService trainings,
			Clock clock, ReviewCommentRepository comments,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.comments = comments;
		this.incidents = incidents;
		this.search = search;
		this.reviews = reviews;
		this.workflow = workflow;
		this.users = users;
		this.policies = policies;
		this.trainings = trainings;
		this.clock = clock;
	}

	/**
	 * The review of an incident, if one was started.
	 * @param incidentId the incident
	 * @return the review with its follow-ups
	 */
	public Optional<IncidentReview> find(Long incidentId) {
		Optional<IncidentReview> review = this.reviews.findByIncidentId(incidentId);
		review.ifPresent((r) -> this.reviews.fetchComments(r.getId()));
		return review;
	}

	/**
	 * The review of an incident for the lead or a manager who may read the incident.
	 * @param incidentId the incident
	 * @param user who reads it
	 * @return the review with its follow-ups and comments
	 * @throws NotFoundException when no review was started
	 */
	public IncidentReview get(Long incidentId, CurrentUser user) {
		requireReviewer(user);
		this.incidents.get(incidentId, user);
		return find(incidentId).orElseThrow(() -> new NotFoundException("IncidentReview", incidentId));
	}

	/**
	 * The lead writes the review's text; managers comment beside it (they never rewrite
	 * it, so no one signs off their own words).
	 * @param incidentId the incident
	 * @param form the text
	 * @param user the lead
	 * @return the review
	 */
	@Transactional
	public IncidentReview write(Long incidentId, ReviewForm form, CurrentUser user) {
		IncidentService.requireLead(user);
		IncidentReview review = reviewOf(incidentId, user);
		if (!review.isNew()) {
			review.checkVersion(form.getVersion());
		}
		review.write(Text.blankToNull(form.getWhatHappened()), Text.blankToNull(form.getWentWell()),
				Text.blankToNull(form.getToChange()));
		this.events.publishEvent(IncidentEvents.reviewWaiting(review, user.id()));
		return this.reviews.saveAndFlush(review);
	}

	/**
	 * A manager (or the lead) comments on the review, until it is signed off.
	 * @param incidentId the incident
	 * @param body the comment
	 * @param user who comments
	 * @return the comment
	 */
	@Transactional
	public ReviewComment comment(Long incidentId, String body, CurrentUser user) {
		requireReviewer(user);
		if (body == null || body.isBlank()) {
			throw new FieldException("body", "review.comment.required");
		}
		IncidentReview review = reviewOf(incidentId, user);
		if (review.isNew()) {
			this.reviews.saveAndFlush(review);
		}
		return this.comments
			.saveAndFlush(review.comment(this.users.getReference(user.id()), body.strip(), this.clock.instant()));
	}

	/**
	 * Resolved incidents waiting for a manager's sign-off, oldest resolution first.
	 * @param user the manager
	 * @param limit how many at most
	 * @return the incidents with their milestones and whether a review was written
	 */
	public List<Awaiting> awaitingSignOff(CurrentUser user, int limit) {
		List<Incident> resolved = this.reviews.findLongestResolved(limit);
		java.util.Map<Long, Milestones> milestones = this.search.milestones(resolved);
		List<Long> ids = resolved.stream().map(Incident::getId).toList();
		java.util.Set<Long> written = ids.isEmpty() ? java.util.Set.of()
				: new java.util.HashSet<>(this.reviews.findWrittenIncidentIds(ids.toArray(Long[]::new)));
		java.time.Instant now = this.clock.instant();
		return resolved.stream()
			.map((i) -> new Awaiting(i, milestones.get(i.getId()), written.contains(i.getId()), now))
			.sorted(java.util.Comparator.comparing(Awaiting::since))
			.limit(limit)
			.toList();
	}

	/**
	 * A resolved incident waiting for sign-off.
	 *
	 * @param incident the incident
	 * @param milestones its milestones
	 * @param reviewWritten whether the lead wrote the review yet
	 * @param now the present
	 */
	public record Awaiting(Incident incident, Milestones milestones, boolean reviewWritten, java.time.Instant now) {

		/**
		 * Since when it waits: its resolution (or detection when no resolution is
		 * recorded).
		 * @return the moment
		 */
		public java.time.Instant since() {
			return (this.milestones.resolvedAt() != null) ? this.milestones.resolvedAt()
					: this.incident.getDetectedAt();
		}

		public Milestones.Elapsed age() {
			return Milestones.Elapsed.of(java.time.Duration.between(since(), this.now));
		}

	}

	@Transactional
	public FollowUp addFollowUp(Long incidentId, FollowUpForm form, CurrentUser user) {
		requireReviewer(user);
		IncidentReview review = reviewOf(incidentId, user);
		FollowUp followUp;
		followUp = FieldException.whenMissing("ownerId", "incident.user.unknown",
				() -> review.addFollowUp(form.getType(), form.getDescription().strip(),
						this.users.getReference(form.getOwnerId()), form.getDueOn()));
		if (form.getType() == FollowUpType.POLICY_CHANGE) {
			linkPolicy(followUp, form, user);
		}
		if (form.getType() == FollowUpType.TRAINING_NEED && form.getTrainingId() != null) {
			followUp.meetsWith(FieldException.whenMissing("trainingId", "review.followUp.training.unknown",
					() -> this.trainings.get(form.getTrainingId())));
		}
		if (review.isNew()) {
			this.reviews.save(review);
		}
		// flushed, not merged: a merge would persist a copy and leave this follow-up
		// without its id
		this.reviews.flush();
		return followUp;
	}

	/**
	 * A manager signs off the review: it is frozen and the incident moves to "reviewed".
	 * @param incidentId the incident
	 * @param version the review version the manager read
	 * @param user the manager
	 * @return the review
	 */
	@Transactional
	public IncidentReview signOff(Long incidentId, Long version, CurrentUser user) {
		if (!user.isManager()) {
			throw new AccessDeniedException("Only a manager signs off");
		}
		Incident incident = this.incidents.get(incidentId, user);
		IncidentReview review = this.reviews.findByIncidentId(incidentId)
			.orElseThrow(() -> new RuleException("incident.review.incomplete"));
		review.checkVersion(version);
		var manager = this.users.getReference(user.id());
		review.signOff(manager, this.clock.instant());
		this.workflow.markReviewed(incident, manager);
		return this.reviews.saveAndFlush(review);
	}

	/**
	 * A policy change names its policy; when the lead adds it, the policy's draft version
	 * is opened at once (a manager's is opened by the lead later, from the policy page).
	 */
	private void linkPolicy(FollowUp followUp, FollowUpForm form, CurrentUser user) {
		if (form.getPolicyId() == null) {
			throw new FieldException("policyId", "review.followUp.policy.required");
		}
		try {
			if (user.isLead()) {
				Incident incident = followUp.getReview().getIncident();
				PolicyVersion draft = this.policies.requestChange(form.getPolicyId(), form.getDescription().strip(),
						"incident #" + incident.getId() + ": " + incident.getTitle(), user);
				followUp.changes(draft.getPolicy(), draft);
			}
			else {
				followUp.changes(this.policies.get(form.getPolicyId(), user), null);
			}
		}
		catch (NotFoundException ex) {
			throw new FieldException("policyId", "review.followUp.policy.required");
		}
	}

	/**
	 * The policies a "policy change" follow-up can name: the first {@link Choices#LIMIT}
	 * with a published version.
	 * @return the policies, by title
	 */
	public Page<Choice> policies() {
		return this.policies.publishedChoices();
	}

	/**
	 * The trainings a "training need" follow-up can name: the first
	 * {@link Choices#LIMIT}.
	 * @return the trainings, by title
	 */
	public Page<Choice> trainings() {
		return this.trainings.choices();
	}

	private IncidentReview reviewOf(Long incidentId, CurrentUser user) {
		Incident incident = this.incidents.get(incidentId, user);
		return this.reviews.findByIncidentId(incidentId).orElseGet(() -> {
			if (incident.getStatus() != IncidentStatus.RESOLVED) {
				throw new RuleException("incident.review.notResolved");
			}
			return new IncidentReview(incident);
		});
	}

	private static void requireReviewer(CurrentUser user) {
		if (user.isStaff()) {
			throw new AccessDeniedException("Only the lead or a manager");
		}
	}

}
