package org.smrdesk.event;

/**
 * A mention was escalated into an incident (published in the transaction that did it).
 *
 * @param mentionId the mention
 * @param incidentId the incident opened for it
 * @param title the incident's title
 * @param url the mention's address, or null
 */
public record MentionEscalated(Long mentionId, Long incidentId, String title, String url) {
}
