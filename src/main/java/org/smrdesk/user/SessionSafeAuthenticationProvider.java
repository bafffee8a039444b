package org.smrdesk.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.smrdesk.core.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the password (Argon2id, or BCrypt for older hashes, which are upgraded), then
 * keeps a principal without the password hash: sessions are stored in the database and
 * must not carry credentials.
 * <p>
 * The JSON API sends the password with every request (HTTP Basic): a successful check is
 * remembered for {@link #REMEMBERED} under a SHA-256 of the stored hash and the presented
 * password, so repeated requests skip BCrypt. The user is still loaded on every request
 * (deactivation, role and department changes and the sign-in lock apply at once), a
 * changed password changes the stored hash (the old one is no longer remembered), and
 * wrong passwords are never remembered.
 */
class SessionSafeAuthenticationProvider extends DaoAuthenticationProvider {

	static final Duration REMEMBERED = Duration.ofMinutes(1);

	static final int MAX_REMEMBERED = 10_000;

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	private final Clock clock;

	SessionSafeAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			Clock clock) {
		super(userDetailsService);
		setPasswordEncoder(passwordEncoder);
		if (userDetailsService instanceof UserDetailsPasswordService upgrades) {
			// an old (BCrypt) hash is rehashed with Argon2id at sign-in
			setUserDetailsPasswordService(upgrades);
		}
		this.clock = clock;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails userDetails,
			UsernamePasswordAuthenticationToken authentication) {
		Object credentials = authentication.getCredentials();
		String key = (credentials != null && userDetails.getPassword() != null)
				? key(userDetails.getUsername(), userDetails.getPassword(), credentials.toString()) : null;
		Instant now = this.clock.instant();
		if (key != null) {
			Instant until = this.verified.get(key);
			if (until != null && now.isBefore(until)) {
				return;
			}
		}
		super.additionalAuthenticationChecks(userDetails, authentication);
		if (key != null) {
			if (this.verified.size() >= MAX_REMEMBERED) {
				this.verified.clear();
			}
			this.verified.put(key, now.plus(REMEMBERED));
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		CurrentUser safe = ((CurrentUser) user).withoutCredentials();
		// the full user goes along so that an old hash can be upgraded; the principal
		// kept is the safe copy
		return super.createSuccessAuthentication(safe, authentication, user);
	}

	private static String key(String username, String storedHash, String presented) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { username, storedHash, presented }) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
