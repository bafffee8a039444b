package org.smrdesk;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Signs in through the login form, as a browser does, for tests that need a real session
 * (Spring Session's cookie) rather than a mocked user.
 */
public final class SignIn {

	private SignIn() {
	}

	/**
	 * Signs a test user in with the test password.
	 * @param mvc the application
	 * @param email the user's e-mail
	 * @return the session cookie
	 * @throws Exception when the request fails
	 */
	public static Cookie session(MockMvc mvc, String email) throws Exception {
		Cookie session = mvc.perform(formLogin().user(email).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

}
