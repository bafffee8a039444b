package org.smrdesk.core;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
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
	private ApiTestClient api;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyUpdateRouteWithoutIfMatchIsA428ProblemDetail() throws Exception {
		ApiTestClient.Caller lead = this.api.newUser(Role.LEAD, "Preconditions " + UUID.randomUUID());
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
					MockHttpServletResponse response = lead
						.perform(
								request(HttpMethod.valueOf(method.name()), path).contentType(MediaType.APPLICATION_JSON)
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
		ApiTestClient.Caller lead = this.api.newUser(Role.LEAD, "Preconditions " + unique);
		String vendor = "/api/v1/vendors/" + TestData.vendor("Precondition Vendor " + unique).insert(this.api.jdbc());
		assertThat(lead.etag(vendor)).isEqualTo("\"0\"");
		String renamed = "{\"name\": \"Renamed Vendor " + unique + "\", \"kind\": \"AGENCY\", \"status\": \"ACTIVE\"}";
		lead.put(vendor, "W/\"0\"", renamed)
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"0\""));
		lead.put(vendor, "*", renamed)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Renamed Vendor " + unique));
		lead.put(vendor, "\"7\", \"1\"", renamed.replace("Renamed", "Again renamed"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""));
		lead.put(vendor, null, renamed)
			.andExpect(ApiTestClient.problem(428))
			.andExpect(jsonPath("$.title").value("Precondition Required"))
			.andExpect(jsonPath("$.header").value("If-Match"));
	}

}
