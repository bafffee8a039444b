package org.smrdesk.policy;

import java.time.Clock;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RuleException;
import org.smrdesk.event.AcknowledgementRequested;
import org.smrdesk.user.UserService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way of a policy version from draft to publication: revising its text, submitting it
 * for review or returning it to draft, and publishing it (which retires the version
 * published before and asks the staff concerned to acknowledge it). Only the lead.
 */
@Service
@Transactional(readOnly = true)
public class PolicyVersionWorkflow {

	private final PolicyService policies;

	private final PolicyVersionRepository versions;

	private final UserService users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PolicyVersionWorkflow(PolicyService policies, PolicyVersionRepository versions, UserService users, Clock clock,
			ApplicationEventPublisher events) {
		this.policies = policies;
		this.versions = versions;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Changes the text of a draft or a version in review; a published version refuses.
	 * @param policyId the policy's id
	 * @param versionId the version's id
	 * @param form the text and the version the form was opened on
	 * @param actor the lead
	 * @return the version
	 */
	@Transactional
	public PolicyVersion revise(Long policyId, Long versionId, VersionForm form, CurrentUser actor) {
		PolicyService.requireLead(actor);
		PolicyVersion version = this.policies.version(policyId, versionId, actor);
		version.checkVersion(form.getVersion());
		version.revise(form.getBody(), form.getChangeSummary().trim());
		return this.versions.saveAndFlush(version);
	}

	@Transactional
	public void submitForReview(Long policyId, Long versionId, CurrentUser actor) {
		submitForReview(policyId, versionId, null, actor);
	}

	/**
	 * Hands a draft to review, if it is still as the caller read it.
	 * @param policyId the policy's id
	 * @param versionId the version's id
	 * @param expected the version's lock version the caller read (null: any)
	 * @param actor the lead
	 */
	@Transactional
	public void submitForReview(Long policyId, Long versionId, Long expected, CurrentUser actor) {
		open(policyId, versionId, expected, actor).submitForReview();
	}

	@Transactional
	public void returnToDraft(Long policyId, Long versionId, CurrentUser actor) {
		returnToDraft(policyId, versionId, null, actor);
	}

	/**
	 * Sends a version in review back to draft (changes requested), if it is still as the
	 * caller read it.
	 * @param policyId the policy's id
	 * @param versionId the version's id
	 * @param expected the version's lock version the caller read (null: any)
	 * @param actor the lead
	 */
	@Transactional
	public void returnToDraft(Long policyId, Long versionId, Long expected, CurrentUser actor) {
		open(policyId, versionId, expected, actor).returnToDraft();
	}

	/**
	 * Publishes a version in review and retires the one published before. Staff in the
	 * departments it applies to then have it waiting for acknowledgement, and the next
	 * review is one cycle away.
	 * @param policyId the policy's id
	 * @param versionId the version's id
	 * @param actor the lead
	 */
	@Transactional
	public void publish(Long policyId, Long versionId, CurrentUser actor) {
		publish(policyId, versionId, null, actor);
	}

	/**
	 * Publishes a version in review as {@link #publish(Long, Long, CurrentUser)} does, if
	 * it is still as the caller read it.
	 * @param policyId the policy's id
	 * @param versionId the version's id
	 * @param expected the version's lock version the caller read (null: any)
	 * @param actor the lead
	 */
	@Transactional
	public void publish(Long policyId, Long versionId, Long expected, CurrentUser actor) {
		PolicyVersion version = open(policyId, versionId, expected, actor);
		if (version.getState() != VersionState.IN_REVIEW) {
			throw new RuleException("policy.version.notInReview");
		}
		this.versions.findByPolicyIdAndState(policyId, VersionState.PUBLISHED).ifPresent((previous) -> {
			previous.retire();
			this.versions.flush();
		});
		version.publish(this.users.getReference(actor.id()), this.clock.instant());
		version.getPolicy().markReviewed(this.policies.today());
		this.versions.flush();
		this.events.publishEvent(new AcknowledgementRequested(version.getPolicy().getId(), version.getId(),
				version.getPolicy().getTitle(), actor.id()));
	}

	/**
	 * Withdraws the published version: the policy no longer applies until a new one is
	 * published.
	 * @param policyId the policy's id
	 * @param actor the lead
	 */
	@Transactional
	public void retire(Long policyId, CurrentUser actor) {
		PolicyService.requireLead(actor);
		this.versions.findByPolicyIdAndState(policyId, VersionState.PUBLISHED)
			.orElseThrow(() -> new RuleException("policy.version.notPublished"))
			.retire();
	}

	/**
	 * Withdraws a published version named by its id (the API's way), if it is still as
	 * the caller read it; any other state is refused.
	 * @param policyId the policy's id
	 * @param versionId the published version's id
	 * @param expected the version's lock version the caller read (null: any)
	 * @param actor the lead
	 */
	@Transactional
	public void retire(Long policyId, Long versionId, Long expected, CurrentUser actor) {
		open(policyId, versionId, expected, actor).retire();
	}

	private PolicyVersion open(Long policyId, Long versionId, Long expected, CurrentUser actor) {
		PolicyService.requireLead(actor);
		PolicyVersion version = this.policies.version(policyId, versionId, actor);
		if (expected != null) {
			version.checkVersion(expected);
		}
		return version;
	}

}
