package org.smrdesk.core;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem details written where no controller answers are JSON whatever their detail
 * says.
 */
class ProblemsTests {

	@Test
	void aDetailWithQuotesAndBackslashesIsStillJson() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Problems.write(response, HttpStatus.FORBIDDEN, "Token \"ci\\deploy\" lacks the scope");
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
		assertThat(problem.get("status").asInt()).isEqualTo(403);
		assertThat(problem.get("detail").asString()).isEqualTo("Token \"ci\\deploy\" lacks the scope");
	}

}
