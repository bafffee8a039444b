package org.smrdesk.core.pagecache;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A response larger than a kept page may be is sent whole, as it comes, and not kept.
 */
@IntegrationTest
@TestPropertySource(properties = "smr.page-cache.largest-page=2KB")
class LargePageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aPageLargerThanTheLimitIsSentWholeAndRenderedAgainNextTime() throws Exception {
		Cookie lead = SignIn.session(this.mvc, TestData.user(this.jdbc, Role.LEAD, "Large Comms"));

		String first = this.mvc.perform(get("/services").cookie(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long again = SqlStatementCounter.count(() -> this.mvc.perform(get("/services").cookie(lead)));
		String second = this.mvc.perform(get("/services").cookie(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(first.length()).isGreaterThan(2048);
		assertThat(first).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
		// the same page, rendered again (so with a newly masked CSRF token and a new
		// idempotency key)
		assertThat(withoutFormTokens(second)).isEqualTo(withoutFormTokens(first));
		assertThat(again).as("rendered again, not kept").isGreaterThan(2);
	}

	@Test
	void anExportLargerThanTheLimitStreamsWholeAndIsReadAgainNextTime() throws Exception {
		Cookie lead = SignIn.session(this.mvc, TestData.user(this.jdbc, Role.LEAD, "Large Comms"));
		String tag = "Large" + System.nanoTime();
		for (int i = 0; i < 60; i++) {
			TestData.contact(tag + " Contact " + i).insert(this.jdbc);
		}

		String first = this.mvc.perform(get("/contacts").param("format", "csv").param("q", tag).cookie(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long again = SqlStatementCounter
			.count(() -> this.mvc.perform(get("/contacts").param("format", "csv").param("q", tag).cookie(lead)));

		assertThat(first.length()).isGreaterThan(2048);
		assertThat(first.lines()).hasSize(61);
		assertThat(again).as("read again, not kept").isGreaterThan(2);
	}

	private static String withoutFormTokens(String page) {
		return page.replaceAll("(name=\"_csrf\" (?:content|value)=\")[^\"]*", "$1")
			.replaceAll("(name=\"_idempotencyKey\" value=\")[^\"]*", "$1");
	}

}
