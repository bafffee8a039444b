package org.smrdesk.user;

import org.smrdesk.core.CurrentUser;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the password with BCrypt, then keeps a principal without the password hash:
 * sessions are stored in the database and must not carry credentials.
 */
class SessionSafeAuthenticationProvider extends DaoAuthenticationProvider {

	SessionSafeAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder) {
		super(userDetailsService);
		setPasswordEncoder(passwordEncoder);
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		CurrentUser safe = ((CurrentUser) user).withoutCredentials();
		return super.createSuccessAuthentication(safe, authentication, safe);
	}

}
