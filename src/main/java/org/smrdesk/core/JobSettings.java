package org.smrdesk.core;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background jobs ({@code smr.jobs.*}): a failed run is tried again after
 * {@code retryBackoff}, then after twice that, and so on, {@code maxAttempts} runs in all
 * before the job waits for its next scheduled run.
 *
 * @param maxAttempts runs of one due job at most, the first included
 * @param retryBackoff the wait before the first retry (doubling per retry)
 */
@ConfigurationProperties("smr.jobs")
public record JobSettings(@DefaultValue("3") int maxAttempts, @DefaultValue("30s") Duration retryBackoff) {
}
