package org.smrdesk.incident;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;
import org.smrdesk.policy.Policy;
import org.smrdesk.policy.PolicyService;
import org.smrdesk.policy.PolicyVersion;
import org.smrdesk.training.Training;
import org.smrdesk.training.TrainingService;
import org.smrdesk.user.UserService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

	private final IncidentReviewRepository reviews;

	private final IncidentWorkflow workflow;

	private final UserService users;

	private final PolicyService policies;

	private final TrainingService trainings;

	private final Clock clock;

	IncidentReviewService(IncidentService incidents, IncidentReviewRepository reviews, IncidentWorkflow workflow,
			UserService users, PolicyService policies, TrainingService trainings, Clock clock) {
		this.incidents = incidents;
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
		return this.reviews.findByIncidentId(incidentId);
	}

	@Transactional
	public IncidentReview write(Long incidentId, ReviewForm form, CurrentUser user) {
		requireReviewer(user);
		IncidentReview review = reviewOf(incidentId, user);
		if (!review.isNew()) {
			review.checkVersion(form.getVersion());
		}
		review.write(IncidentService.blankToNull(form.getWhatHappened()),
				IncidentService.blankToNull(form.getWentWell()), IncidentService.blankToNull(form.getToChange()));
		return this.reviews.saveAndFlush(review);
	}

	@Transactional
	public FollowUp addFollowUp(Long incidentId, FollowUpForm form, CurrentUser user) {
		requireReviewer(user);
		IncidentReview review = reviewOf(incidentId, user);
		FollowUp followUp;
		try {
			followUp = review.addFollowUp(form.getType(), form.getDescription().strip(),
					this.users.getReference(form.getOwnerId()), form.getDueOn());
		}
		catch (NotFoundException ex) {
			throw new FieldException("ownerId", "incident.user.unknown");
		}
		if (form.getType() == FollowUpType.POLICY_CHANGE) {
			linkPolicy(followUp, form, user);
		}
		if (form.getType() == FollowUpType.TRAINING_NEED && form.getTrainingId() != null) {
			try {
				followUp.meetsWith(this.trainings.get(form.getTrainingId()));
			}
			catch (NotFoundException ex) {
				throw new FieldException("trainingId", "review.followUp.training.unknown");
			}
		}
		this.reviews.saveAndFlush(review);
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
				PolicyVersion draft = this.policies.startNewDraft(form.getPolicyId(), form.getDescription().strip(),
						user);
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
	 * The policies a "policy change" follow-up can name.
	 * @return the published policies
	 */
	public List<Policy> policies() {
		return this.policies.findPublished();
	}

	/**
	 * The trainings a "training need" follow-up can name.
	 * @return the trainings, by title
	 */
	public List<Training> trainings() {
		return this.trainings.search("", null, null, null, PageRequest.of(0, 500, Sort.by("title"))).getContent();
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
