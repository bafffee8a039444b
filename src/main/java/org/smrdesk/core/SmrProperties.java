package org.smrdesk.core;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMR Desk's own settings, under {@code smr.}.
 *
 * @param admin the first LEAD, created at start-up when no user exists
 * @param login sign-in throttling
 * @param maxRequestSize the largest request body accepted (forms and uploads)
 * @param security sessions, proxies and other protections
 * @param publicUrl the address users reach the application at (for absolute links), for
 * example {@code https://smr.example.com}; empty to build links relative to the request
 * path only
 */
@ConfigurationProperties("smr")
public record SmrProperties(Admin admin, @DefaultValue Login login,
		@DefaultValue("2MB") org.springframework.util.unit.DataSize maxRequestSize, @DefaultValue Security security,
		String publicUrl) {

	/**
	 * The first administrator ({@code SMR_ADMIN_EMAIL}, {@code SMR_ADMIN_PASSWORD}).
	 *
	 * @param email the login
	 * @param password the initial password (at least 12 characters)
	 */
	public record Admin(String email, String password) {

		public boolean isConfigured() {
			return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isBlank();
		}

	}

	/**
	 * Failed sign-ins for one account: after {@code maxFailures} within {@code window},
	 * further attempts are refused for {@code lockout}.
	 *
	 * @param maxFailures failures allowed within the window
	 * @param window how far back failures count
	 * @param lockout how long the account (or address) is refused
	 * @param maxFailuresPerAddress failures allowed from one client address within the
	 * window, over all accounts
	 */
	public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
			@DefaultValue("15m") Duration lockout, @DefaultValue("30") int maxFailuresPerAddress) {
	}

	/**
	 * Session limits and other protections ({@code smr.security.*}).
	 *
	 * @param idleTimeout a session unused this long ends (also Spring Session's timeout)
	 * @param absoluteTimeout a session ends this long after it began, however busy
	 * @param requireMfaForLead whether a LEAD must set up a second factor (TOTP) before
	 * doing anything else
	 */
	public record Security(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout,
			@DefaultValue("false") boolean requireMfaForLead) {
	}

}
