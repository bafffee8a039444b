package org.smrdesk.core;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTeam;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
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
		ApiTeam team = this.api.team("Preconditions " + UUID.randomUUID());
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
					// the lead, or a manager where only managers may (a review's
					// sign-off)
					ApiTestClient.Caller caller = forManagersOnly(entry.getValue()) ? team.manager() : team.lead();
					MockHttpServletResponse response = caller
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
	void aChangeTheCallersRoleMayNotMakeIs403BeforeAnyWordOfIfMatch() throws Exception {
		ApiTestClient.Caller staff = this.api.newUser(Role.STAFF, "Preconditions " + UUID.randomUUID());
		Set<String> leadOnly = new TreeSet<>();
		Set<String> preconditionFirst = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!ApiVersions.changesRecord(handler) || !forLeadsOrManagersOnly(handler)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					leadOnly.add(method + " " + pattern);
					int status = staff
						.perform(request(HttpMethod.valueOf(method.name()), pattern.replaceAll("\\{[^}]*}", "1"))
							.contentType(MediaType.APPLICATION_JSON)
							.content("{}"))
						.andReturn()
						.getResponse()
						.getStatus();
					if (status != 403) {
						preconditionFirst.add(method + " " + pattern + " -> " + status);
					}
				}
			}
		}
		assertThat(leadOnly).as("changes a STAFF member may not make")
			.contains("PUT /api/v1/incidents/{id}", "DELETE /api/v1/responsibilities/{id}")
			.hasSizeGreaterThan(10);
		assertThat(preconditionFirst).as("role-refused changes that answer something else than 403").isEmpty();
		staff.put("/api/v1/incidents/1", null, "{}")
			.andExpect(ApiTestClient.problem(403))
			.andExpect(jsonPath("$.header").doesNotExist());
	}

	/**
	 * Whether a handler's role rule, read as text from its annotation (method, else
	 * class), leaves STAFF out.
	 */
	private static boolean forLeadsOrManagersOnly(HandlerMethod handler) {
		String rule = rule(handler);
		return rule.contains("Role") && !rule.contains("STAFF");
	}

	private static boolean forManagersOnly(HandlerMethod handler) {
		String rule = rule(handler);
		return rule.contains("MANAGER") && !rule.contains("LEAD");
	}

	private static String rule(HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		return (rule != null) ? rule.value() : "";
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
