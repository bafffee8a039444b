package org.smrdesk.user;

import org.smrdesk.core.CurrentUser;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the signing-in user from the database; refuses a throttled account before its
 * password is even checked.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final LoginThrottle throttle;

	DatabaseUserDetailsService(UserRepository users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (this.throttle.isLocked(username)) {
			throw new LockedException("Too many failed sign-ins");
		}
		CurrentUser user = this.users.findByEmail(User.normalizeEmail(username))
			.map(User::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
		return user;
	}

}
