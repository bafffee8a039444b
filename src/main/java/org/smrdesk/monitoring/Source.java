package org.smrdesk.monitoring;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.User;
import org.smrdesk.supplier.Vendor;

/**
 * A place mentions come from, polled on its interval, with its health: last success, last
 * error, consecutive failures and when it started failing.
 */
@Entity
@Table(name = "monitoring_sources")
public class Source extends AuditableEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceKind kind;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String url;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "vendor_id")
	private Vendor vendor;

	@Column(name = "poll_interval_minutes", nullable = false)
	private int pollIntervalMinutes = 60;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "disabled_reason")
	private String disabledReason;

	private String etag;

	@Column(name = "last_modified")
	private String lastModified;

	@Column(name = "cursor_value")
	private String cursor;

	@Column(name = "next_poll_at", nullable = false)
	private Instant nextPollAt;

	@Column(name = "last_polled_at")
	private Instant lastPolledAt;

	@Column(name = "last_success_at")
	private Instant lastSuccessAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "last_error_at")
	private Instant lastErrorAt;

	@Column(name = "failing_since")
	private Instant failingSince;

	@Column(name = "consecutive_failures", nullable = false)
	private int consecutiveFailures;

	protected Source() {
	}

	public Source(SourceKind kind, String name, String url, Instant firstPollAt) {
		this.kind = kind;
		this.name = name;
		this.url = url;
		this.nextPollAt = firstPollAt;
	}

	/**
	 * A successful poll (200 or 304): the failure count starts again.
	 * @param now when
	 */
	void succeeded(Instant now) {
		this.lastPolledAt = now;
		this.lastSuccessAt = now;
		this.consecutiveFailures = 0;
		this.failingSince = null;
		this.nextPollAt = now.plus(interval());
	}

	/**
	 * A failed poll: the error is kept, and the next poll waits the interval doubled for
	 * each failure in a row, up to {@code maxBackoff}. A source is never given up on
	 * silently: it keeps being tried and says since when it fails.
	 * @param now when
	 * @param error what went wrong, for people
	 * @param maxBackoff the longest wait
	 */
	void failed(Instant now, String error, Duration maxBackoff) {
		this.lastPolledAt = now;
		this.lastError = abbreviate(error);
		this.lastErrorAt = now;
		this.consecutiveFailures++;
		if (this.failingSince == null) {
			this.failingSince = now;
		}
		this.nextPollAt = now.plus(backoff(interval(), this.consecutiveFailures, maxBackoff));
	}

	/**
	 * The server asked us to wait (429): no failure is counted, the wait is honoured.
	 * @param now when
	 * @param retryAt when the server said to come back
	 * @param error what to show
	 */
	void rateLimited(Instant now, Instant retryAt, String error) {
		this.lastPolledAt = now;
		this.lastError = abbreviate(error);
		this.lastErrorAt = now;
		this.nextPollAt = retryAt.isAfter(now) ? retryAt : now.plus(interval());
	}

	/**
	 * The feed is gone for good (410): the source is disabled with the reason.
	 * @param now when
	 * @param reason why
	 */
	void gone(Instant now, String reason) {
		this.lastPolledAt = now;
		this.lastError = abbreviate(reason);
		this.lastErrorAt = now;
		this.enabled = false;
		this.disabledReason = abbreviate(reason);
	}

	/**
	 * The feed moved for good (301, 308): later polls use the new address.
	 * @param newUrl the new address
	 */
	void movedTo(String newUrl) {
		this.url = newUrl;
	}

	void cacheValidators(String etag, String lastModified) {
		this.etag = etag;
		this.lastModified = lastModified;
	}

	void setCursor(String cursor) {
		this.cursor = cursor;
	}

	void enable(Instant now) {
		this.enabled = true;
		this.disabledReason = null;
		this.nextPollAt = now;
	}

	void disable(String reason) {
		this.enabled = false;
		this.disabledReason = reason;
	}

	static Duration backoff(Duration interval, int failures, Duration max) {
		if (failures <= 0) {
			return interval;
		}
		long factor = 1L << Math.min(failures - 1, 20);
		Duration wait = interval.multipliedBy(factor);
		return (wait.compareTo(max) > 0) ? max : wait;
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return null;
		}
		return (text.length() > 500) ? text.substring(0, 500) + "…" : text;
	}

	public Duration interval() {
		return Duration.ofMinutes(this.pollIntervalMinutes);
	}

	public boolean isFailing() {
		return this.consecutiveFailures > 0;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		if (!url.equals(this.url)) {
			this.etag = null;
			this.lastModified = null;
			this.cursor = null;
		}
		this.url = url;
	}

	public User getOwner() {
		return this.owner;
	}

	public void setOwner(User owner) {
		this.owner = owner;
	}

	public Vendor getVendor() {
		return this.vendor;
	}

	public void setVendor(Vendor vendor) {
		this.vendor = vendor;
	}

	public int getPollIntervalMinutes() {
		return this.pollIntervalMinutes;
	}

	public void setPollIntervalMinutes(int pollIntervalMinutes) {
		this.pollIntervalMinutes = pollIntervalMinutes;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public String getDisabledReason() {
		return this.disabledReason;
	}

	public String getEtag() {
		return this.etag;
	}

	public String getLastModified() {
		return this.lastModified;
	}

	public String getCursor() {
		return this.cursor;
	}

	public Instant getNextPollAt() {
		return this.nextPollAt;
	}

	public Instant getLastPolledAt() {
		return this.lastPolledAt;
	}

	public Instant getLastSuccessAt() {
		return this.lastSuccessAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getLastErrorAt() {
		return this.lastErrorAt;
	}

	public Instant getFailingSince() {
		return this.failingSince;
	}

	public int getConsecutiveFailures() {
		return this.consecutiveFailures;
	}

}
