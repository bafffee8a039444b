package org.smrdesk.core;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTokens;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.apitoken.ApiTokenService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code If-Match} is required on every change of a record through the API (RFC 6585
 * 428), driven from the routes Spring MVC maps so that a new update route cannot forget
 * it; {@code *} applies the change to whatever is stored (RFC 9110), a stale tag is 412.
 */
@IntegrationTest
class ApiPreconditionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyUpdateRouteWithoutIfMatchIsA428ProblemDetail() throws Exception {
		RequestPostProcessor lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Preconditions " + UUID.randomUUID()));
		Set<String> routes = new TreeSet<>();
		Set<String> wrong = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			if (!ApiVersions.changesRecord(entry.getValue())) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					String path = pattern.replaceAll("\\{[^}]*}", "1");
					routes.add(method + " " + pattern);
					MockHttpServletResponse response = this.mvc
						.perform(request(HttpMethod.valueOf(method.name()), path).with(lead)
							.contentType(MediaType.APPLICATION_JSON)
							.content("{}"))
						.andReturn()
						.getResponse();
					if (response.getStatus() != 428
							|| !String.valueOf(response.getContentType())
								.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
							|| !response.getContentAsString().contains("ETag")) {
						wrong.add(method + " " + pattern + " -> " + response.getStatus());
					}
				}
			}
		}
		assertThat(routes).as("update routes found")
			.contains("PUT /api/v1/incidents/{id}", "PATCH /api/v1/mentions/{id}", "DELETE /api/v1/activities/{id}",
					"POST /api/v1/incidents/{id}/review/sign-off")
			.hasSizeGreaterThan(15);
		assertThat(wrong).as("update routes that do not require If-Match").isEmpty();
	}

	@Test
	void aStarAppliesTheChangeToTheStoredVersionAndAStaleTagIs412() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		RequestPostProcessor lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Preconditions " + unique));
		long vendor = TestData.vendor("Precondition Vendor " + unique).insert(this.jdbc);
		this.mvc.perform(get("/api/v1/vendors/" + vendor).with(lead))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
		String renamed = "{\"name\": \"Renamed Vendor " + unique + "\", \"kind\": \"AGENCY\", \"status\": \"ACTIVE\"}";
		this.mvc
			.perform(put("/api/v1/vendors/" + vendor).with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(renamed)
				.header("If-Match", "W/\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"0\""));
		this.mvc
			.perform(put("/api/v1/vendors/" + vendor).with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(renamed)
				.header("If-Match", "*"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Renamed Vendor " + unique));
		this.mvc
			.perform(put("/api/v1/vendors/" + vendor).with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(renamed.replace("Renamed", "Again renamed"))
				.header("If-Match", "\"7\", \"1\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""));
		this.mvc.perform(
				put("/api/v1/vendors/" + vendor).with(lead).contentType(MediaType.APPLICATION_JSON).content(renamed))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.status").value(428))
			.andExpect(jsonPath("$.title").value("Precondition Required"));
	}

}
