package org.smrdesk.core;

import org.junit.jupiter.api.Test;
import org.smrdesk.ControllerTest;
import org.smrdesk.WebUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error of the JSON API is an RFC 9457 problem detail, a 500 included, and none
 * tells the cause.
 */
@ControllerTest(ApiErrorHandlingTests.FailingApi.class)
@Import({ ApiErrorHandling.class, ApiErrorHandlingTests.FailingApi.class })
class ApiErrorHandlingTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void anUnexpectedFailureIsA500ProblemDetailWithoutTheCause() throws Exception {
		this.mvc.perform(get("/api/v1/test-failure").with(user(WebUsers.staff())))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(content().string(not(containsString("secret-cause"))));
	}

	@Test
	void aRefusalIsA403ProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/test-refusal").with(user(WebUsers.staff())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/test-failure")
		String fail() {
			throw new IllegalStateException("secret-cause");
		}

		@GetMapping("/api/v1/test-refusal")
		String refuse() {
			throw new org.springframework.security.access.AccessDeniedException("no");
		}

	}

}
