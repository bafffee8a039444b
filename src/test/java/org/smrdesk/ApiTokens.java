package org.smrdesk;

import org.smrdesk.apitoken.ApiTokenService;
import org.smrdesk.apitoken.TokenScope;
import org.smrdesk.core.CurrentUser;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal access tokens for API tests: the requests carry
 * {@code Authorization: Bearer …} as other tools send it.
 */
public final class ApiTokens {

	private ApiTokens() {
	}

	/**
	 * A new write token of a user, as a request post-processor.
	 * @param tokens the token service
	 * @param users the user details service
	 * @param email the user
	 * @return adds the header
	 */
	public static RequestPostProcessor bearer(ApiTokenService tokens, UserDetailsService users, String email) {
		String token = tokens.create((CurrentUser) users.loadUserByUsername(email), "test", TokenScope.WRITE, 30);
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

}
