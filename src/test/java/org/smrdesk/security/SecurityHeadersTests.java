package org.smrdesk.security;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.WebUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void everyPageCarriesAStrictContentSecurityPolicyAndTheOtherHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(
				post("/departments/new").param("name", "Sneaky").param("headCount", "1").with(user(WebUsers.lead())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLoginPageHasNoInlineScriptOrStyle() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString("style=\""))))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void anonymousHealthShowsNoDetails() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void anOversizedRequestGetsAClear413() throws Exception {
		byte[] body = new byte[3 * 1024 * 1024];
		this.mvc
			.perform(post("/departments/new").with(user(WebUsers.lead()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(body))
			.andExpect(status().isContentTooLarge());
	}

	@Test
	void theApiAnswersUnauthenticatedCallsWithAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/anything"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aHandEditedSortParameterGetsA400NotA500() throws Exception {
		this.mvc.perform(get("/users").param("sort", "noSuchProperty").with(user(WebUsers.lead())))
			.andExpect(status().isBadRequest());
	}

}
