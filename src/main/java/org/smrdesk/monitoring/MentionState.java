package org.smrdesk.monitoring;

/**
 * Where a mention stands in triage.
 */
public enum MentionState {

	NEW, REVIEWED, IGNORED, ESCALATED

}
