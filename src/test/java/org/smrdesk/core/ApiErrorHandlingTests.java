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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error of the JSON API is an RFC 9457 problem detail, a 500 included, and none
 * tells the cause.
 */
@ControllerTest({ ApiErrorHandlingTests.FailingApi.class, ApiErrorHandlingTests.Page.class })
@Import({ ApiErrorHandling.class, ApiRoutingProblems.class, ApiErrorHandlingTests.FailingApi.class,
		ApiErrorHandlingTests.Page.class })
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

	@Test
	void aMethodOrBodyTypeTheRouteDoesNotTakeIsAProblemDetailInTheApiAndUnchangedOnThePages() throws Exception {
		this.mvc.perform(delete("/api/v1/test-failure").with(user(WebUsers.staff())).with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(jsonPath("$.status").value(405));
		this.mvc
			.perform(post("/api/v1/test-csv").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(user(WebUsers.staff()))
				.with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Accept", containsString("text/csv")));
		this.mvc.perform(delete("/test-page").with(user(WebUsers.staff())).with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(not(containsString("\"status\""))));
	}

	@org.springframework.stereotype.Controller
	static class Page {

		@GetMapping("/test-page")
		@org.springframework.web.bind.annotation.ResponseBody
		String page() {
			return "a page";
		}

	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/test-failure")
		String fail() {
			throw new IllegalStateException("secret-cause");
		}

		@org.springframework.web.bind.annotation.PostMapping(path = "/api/v1/test-csv", consumes = "text/csv")
		String csv() {
			return "read";
		}

		@GetMapping("/api/v1/test-refusal")
		String refuse() {
			throw new org.springframework.security.access.AccessDeniedException("no");
		}

	}

}
