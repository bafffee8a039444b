package org.smrdesk.policy;

/**
 * A policy version was published and asks the people it applies to for their
 * acknowledgement.
 *
 * @param policyId the policy
 * @param versionId the version
 * @param title the policy's title
 * @param actorId who published it
 */
public record AcknowledgementRequested(Long policyId, Long versionId, String title, Long actorId) {

	static AcknowledgementRequested of(PolicyVersion version, Long actorId) {
		return new AcknowledgementRequested(version.getPolicy().getId(), version.getId(),
				version.getPolicy().getTitle(), actorId);
	}

}
