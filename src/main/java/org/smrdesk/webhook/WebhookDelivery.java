package org.smrdesk.webhook;

import java.time.Instant;

/**
 * One delivery, as the delivery log shows it.
 *
 * @param id its id
 * @param event the event's name
 * @param payload the body sent
 * @param status QUEUED, DELIVERED or FAILED
 * @param attempts attempts made
 * @param nextAttemptAt when it is tried next (while queued)
 * @param responseCode the last HTTP status received, or null
 * @param lastError the last failure, or null
 * @param createdAt when it was written
 * @param deliveredAt when the receiver accepted it, or null
 */
public record WebhookDelivery(long id, String event, String payload, String status, int attempts, Instant nextAttemptAt,
		Integer responseCode, String lastError, Instant createdAt, Instant deliveredAt) {

}
