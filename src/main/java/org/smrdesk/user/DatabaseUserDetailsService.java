package org.smrdesk.user;

import org.smrdesk.core.AuditLog;
import org.smrdesk.core.CurrentUser;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads the signing-in user from the database; refuses a throttled account before its
 * password is even checked.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserRepository users;

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	DatabaseUserDetailsService(UserRepository users, LoginThrottle throttle, SecurityEvents events) {
		this.users = users;
		this.events = events;
		this.throttle = throttle;
	}

	private static String clientAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest().getRemoteAddr() : null;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (this.throttle.isLocked(username) || this.throttle.isAddressLocked(clientAddress())) {
			this.events.recordForName(AuditLog.Action.SIGN_IN_REFUSED, username, "locked for now");
			throw new LockedException("Too many failed sign-ins");
		}
		CurrentUser user = this.users.findByEmail(User.normalizeEmail(username))
			.map(User::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		return user;
	}

	/**
	 * Stores a rehashed password (an old BCrypt hash upgraded to Argon2id at sign-in).
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		// one statement, no version check: parallel sign-ins of one user may all rehash,
		// the last one wins
		this.users.updatePasswordHash(User.normalizeEmail(user.getUsername()), newPassword);
		return ((CurrentUser) user).withPasswordHash(newPassword);
	}

}
