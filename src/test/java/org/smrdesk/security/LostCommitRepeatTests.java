package org.smrdesk.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request sent again after its first sending's answer was lost (the key claimed, the
 * commit done, then the node or the database went away before the outcome was written):
 * the repeat does not wait for an answer that will never come, and says so with a 409 (a
 * page for forms, a problem detail for the API), never a second record.
 */
@IntegrationTest
class LostCommitRepeatTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void aFormSentAgainAfterALostAnswerGetsThe409PageAtOnce() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Repeat Home");
		String key = lostClaim(staff);
		Cookie session = this.mvc
			.perform(post("/login").param("username", staff).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc
			.perform(post("/account/time-zone").cookie(session)
				.with(csrf())
				.param("timeZone", "Europe/Berlin")
				.param("_idempotencyKey", key))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("Already sent")))
			.andExpect(content().string(containsString("check whether it was saved")));
	}

	@Test
	void anApiRequestSentAgainAfterALostAnswerGetsA409ProblemDetailAtOnce() throws Exception {
		String staff = TestData.user(this.jdbc, Role.STAFF, "Repeat Home");
		String key = lostClaim(staff);
		this.mvc
			.perform(post("/api/v1/monitoring/queries").with(httpBasic(staff, TestData.PASSWORD))
				.header("Idempotency-Key", key)
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value(containsString("outcome is unknown")));
	}

	/**
	 * A key claimed a minute ago whose outcome was never written.
	 */
	private String lostClaim(String email) {
		String key = UUID.randomUUID().toString();
		this.jdbc.update("insert into idempotency_keys (user_id, key, created_at) values (?, ?, ?)",
				TestData.userId(this.jdbc, email), key,
				Timestamp.from(this.clock.instant().minus(Duration.ofMinutes(1))));
		return key;
	}

}
