package org.smrdesk.monitoring;

/**
 * Monitoring raised a spike alert (published in the transaction that raised it).
 *
 * @param alertId the alert
 * @param queryId its query
 * @param observed the mentions counted today
 */
public record SpikeAlerted(Long alertId, Long queryId, int observed) {
}
