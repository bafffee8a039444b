package org.smrdesk.incident;

/**
 * What a follow-up of a post-incident review asks for.
 */
public enum FollowUpType {

	ACTION, POLICY_CHANGE, TRAINING_NEED

}
