package org.smrdesk.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Monitoring settings, under {@code smr.monitoring.}.
 *
 * @param polling whether this node runs the scheduled poll (the lock still makes one node
 * poll at a time)
 * @param pollEvery how often the scheduler looks for due sources
 * @param batchSize how many due sources one scheduler run claims
 * @param allowPrivateAddresses whether sources may point at loopback, private or
 * link-local addresses (off in production: the SSRF guard)
 * @param connectTimeout the time allowed to connect
 * @param readTimeout the time allowed for a whole response, body included
 * @param maxResponseSize the largest response body read
 * @param maxRedirects how many redirects one poll follows
 * @param maxBackoff the longest wait between two polls of a failing source
 * @param userAgent the User-Agent header sent
 * @param pollLogKeep how long poll log entries are kept (pruned daily)
 */
@ConfigurationProperties("smr.monitoring")
public record MonitoringProperties(@DefaultValue("true") boolean polling, @DefaultValue("60s") Duration pollEvery,
		@DefaultValue("20") int batchSize, @DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout,
		@DefaultValue("5MB") DataSize maxResponseSize, @DefaultValue("5") int maxRedirects,
		@DefaultValue("24h") Duration maxBackoff, @DefaultValue("SMR-Desk-Monitoring/1.0") String userAgent,
		@DefaultValue("30d") Duration pollLogKeep) {

}
