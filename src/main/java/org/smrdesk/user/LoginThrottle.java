package org.smrdesk.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.smrdesk.core.AuditLog;
import org.smrdesk.core.SmrProperties;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account in the database, so the limit holds across nodes:
 * after {@code maxFailures} failures within the window, the account is refused for the
 * lockout period, whatever password is given. Unknown accounts are counted too, so the
 * answer never tells whether an account exists. Failures are counted per client address
 * too ({@code maxFailuresPerAddress} within the window), so one address cannot try a
 * password on each of many accounts; a success does not reset an address.
 */
@Component
class LoginThrottle {

	private static final String RECORD_FAILURE = """
			insert into login_throttle as t (username, failures, first_failure, locked_until)
			values (?, 1, ?, case when 1 >= ? then ?::timestamptz else null end)
			on conflict (username) do update set
			    failures = case when t.first_failure < ? then 1 else t.failures + 1 end,
			    first_failure = case when t.first_failure < ? then excluded.first_failure else t.first_failure end,
			    locked_until = case
			        when (case when t.first_failure < ? then 1 else t.failures + 1 end) >= ? then ?::timestamptz
			        else t.locked_until end
			returning locked_until""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SmrProperties.Login settings;

	private final SecurityEvents events;

	LoginThrottle(JdbcTemplate jdbc, Clock clock, SmrProperties properties, SecurityEvents events) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.settings = properties.login();
	}

	boolean isLocked(String username) {
		return isLockedKey(key(username));
	}

	/**
	 * Whether sign-ins from an address are refused for now.
	 * @param address the client's address
	 * @return true when throttled
	 */
	boolean isAddressLocked(String address) {
		return address != null && isLockedKey(addressKey(address));
	}

	private boolean isLockedKey(String key) {
		Integer locked = this.jdbc.queryForObject(
				"select count(*) from login_throttle where username = ? and locked_until > ?", Integer.class, key,
				Timestamp.from(this.clock.instant()));
		return locked != null && locked > 0;
	}

	void recordFailure(String username) {
		if (record(key(username), this.settings.maxFailures())) {
			this.events.recordForName(AuditLog.Action.ACCOUNT_LOCKED, username, "for " + this.settings.lockout());
		}
	}

	void recordAddressFailure(String address) {
		if (address != null && record(addressKey(address), this.settings.maxFailuresPerAddress())) {
			this.events.recordAddress(AuditLog.Action.ADDRESS_THROTTLED, address);
		}
	}

	/**
	 * Counts a failure.
	 * @return true when this failure starts a lock
	 */
	private boolean record(String key, int max) {
		Instant now = this.clock.instant();
		Timestamp nowStamp = Timestamp.from(now);
		Timestamp windowStart = Timestamp.from(now.minus(this.settings.window()));
		// microseconds, as the database keeps them (so the lock this failure starts is
		// recognised)
		Timestamp lockedUntil = Timestamp.from(now.plus(this.settings.lockout()).truncatedTo(ChronoUnit.MICROS));
		Timestamp locked = this.jdbc.queryForObject(RECORD_FAILURE, Timestamp.class, key, nowStamp, max, lockedUntil,
				windowStart, windowStart, windowStart, max, lockedUntil);
		return lockedUntil.equals(locked);
	}

	/**
	 * Whether second-factor codes of this account, or from this address, are refused for
	 * now. Wrong codes are counted apart from wrong passwords, so a right password does
	 * not reset them.
	 * @param username the account's e-mail address
	 * @param address the client's address, or null
	 * @return true when throttled
	 */
	boolean isCodeLocked(String username, String address) {
		return isLockedKey(codeKey(username)) || isAddressLocked(address);
	}

	/**
	 * Counts a wrong second-factor code against the account and the address.
	 * @param username the account's e-mail address
	 * @param address the client's address, or null
	 */
	void recordCodeFailure(String username, String address) {
		if (record(codeKey(username), this.settings.maxFailures())) {
			this.events.recordForName(AuditLog.Action.ACCOUNT_LOCKED, username,
					"second factor, for " + this.settings.lockout());
		}
		recordAddressFailure(address);
	}

	void resetCodes(String username) {
		this.jdbc.update("delete from login_throttle where username = ?", codeKey(username));
	}

	void reset(String username) {
		this.jdbc.update("delete from login_throttle where username = ?", key(username));
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(event.getAuthentication().getName());
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			recordAddressFailure(details.getRemoteAddress());
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		reset(event.getAuthentication().getName());
	}

	private static String codeKey(String username) {
		return "code:" + key(username);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static String key(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

}
