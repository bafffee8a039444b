package org.smrdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Beside the per-account lock, sign-in is throttled per address, in the database: one
 * address trying one password on each of many accounts is stopped.
 */
@IntegrationTest
class AddressThrottleTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thirtyOneWrongPasswordsOverThirtyOneAccountsFromOneAddressAreThrottled() throws Exception {
		String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
		List<String> accounts = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			accounts.add(TestData.user(this.jdbc, Role.STAFF, "Throttle Home"));
		}
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(login(accounts.get(i), "wrong-password").with(from(address)))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login(accounts.get(30), "wrong-password").with(from(address)))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(login(accounts.get(30), TestData.PASSWORD).with(from(address)))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(login(accounts.get(30), TestData.PASSWORD).with(from("198.51.100.9")))
			.andExpect(redirectedUrl("/"));
	}

	private static MockHttpServletRequestBuilder login(String email, String password) {
		return post("/login").param("username", email).param("password", password).with(csrf());
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
