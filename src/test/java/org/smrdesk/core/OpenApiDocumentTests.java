package org.smrdesk.core;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document at {@code /v3/api-docs} is valid OpenAPI 3 (read back by an
 * independent parser, swagger-parser) and describes every {@code /api/**} route Spring
 * MVC maps, with the shared conventions (problem details, paging headers, ETag).
 */
@IntegrationTest
class OpenApiDocumentTests {

	private static final Set<String> FORM_ONLY_FIELDS = Set.of("id", "version", "new", "saveAnyway");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void theDocumentIsValidOpenApiAndDescribesEveryApiRoute() throws Exception {
		OpenAPI document = document();
		Set<String> missing = new TreeSet<>();
		int routes = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach((m) -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("GET");
				}
				for (String method : methods) {
					routes++;
					if (operation(document, pattern, method) == null) {
						missing
							.add(method + " " + pattern + " (" + entry.getValue().getBeanType().getSimpleName() + ")");
					}
				}
			}
		}
		assertThat(routes).as("API routes found").isGreaterThan(40);
		assertThat(missing).as("/api/** routes missing from /v3/api-docs").isEmpty();
	}

	@Test
	void everyOperationAnswersWithASchemaAndDescribesItsErrorsAsProblemDetails() throws Exception {
		OpenAPI document = document();
		Set<String> lacking = new TreeSet<>();
		document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String name = method + " " + path;
			boolean answered = operation.getResponses()
				.entrySet()
				.stream()
				.anyMatch((r) -> r.getKey().startsWith("2") && (r.getKey().equals("204")
						|| (r.getValue().getContent() != null && !r.getValue().getContent().isEmpty())));
			if (!answered) {
				lacking.add(name + ": no 2xx schema");
			}
			boolean change = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
					|| method == PathItem.HttpMethod.DELETE;
			if (change && (operation.getResponses().get("428") == null || operation.getParameters() == null
					|| operation.getParameters()
						.stream()
						.noneMatch((p) -> "If-Match".equals(p.getName()) && "header".equals(p.getIn())
								&& Boolean.TRUE.equals(p.getRequired())))) {
				lacking.add(name + ": no required If-Match with its 428");
			}
			if (operation.getResponses().get("401") == null
					|| operation.getResponses().get("401").getContent().get("application/problem+json") == null) {
				lacking.add(name + ": no 401 problem");
			}
		}));
		assertThat(lacking).isEmpty();
		assertThat(document.getComponents().getSecuritySchemes()).containsKeys("bearer", "basic");
		Operation list = operation(document, "/api/v1/incidents", "GET");
		assertThat(list.getResponses().get("200").getHeaders()).containsKeys("Link", "X-Total-Count");
		Operation one = operation(document, "/api/v1/incidents/{id}", "GET");
		assertThat(one.getResponses().get("200").getHeaders()).containsKey("ETag");
		Operation update = operation(document, "/api/v1/incidents/{id}", "PUT");
		assertThat(update.getResponses()).containsKey("412");
		assertThat(update.getParameters())
			.anyMatch((p) -> "If-Match".equals(p.getName()) && "header".equals(p.getIn()));
		assertThat(document.getComponents().getSchemas().get("IncidentRequest").getExample()).isNotNull();
		assertThat(operation(document, "/api/v1/contacts", "GET").getParameters())
			.extracting(io.swagger.v3.oas.models.parameters.Parameter::getName)
			.contains("q", "kind", "state", "page", "size", "sort");
	}

	/**
	 * The API takes its own request records, never a page form: a form's id, version (the
	 * API's comes from {@code If-Match}), "new" flag or "save anyway" button would show
	 * up as request fields that do nothing or bypass the ETag.
	 * @throws Exception on failure
	 */
	@Test
	void noRequestSchemaCarriesAPageFormsOwnFields() throws Exception {
		OpenAPI document = document();
		Set<String> found = new TreeSet<>();
		int bodies = 0;
		for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
				if (operation.getValue().getRequestBody() == null
						|| operation.getValue().getRequestBody().getContent() == null) {
					continue;
				}
				for (io.swagger.v3.oas.models.media.MediaType media : operation.getValue()
					.getRequestBody()
					.getContent()
					.values()) {
					bodies++;
					Schema<?> schema = resolve(document, media.getSchema());
					for (String field : FORM_ONLY_FIELDS) {
						if (schema != null && schema.getProperties() != null
								&& schema.getProperties().containsKey(field)) {
							found.add(operation.getKey() + " " + path.getKey() + ": " + field);
						}
					}
				}
			}
		}
		assertThat(bodies).as("request bodies found").isGreaterThan(15);
		assertThat(found).as("request fields that belong to the page forms").isEmpty();
		Operation signOff = operation(document, "/api/v1/incidents/{id}/review/sign-off", "POST");
		assertThat(signOff.getResponses()).containsKey("412");
		assertThat(signOff.getParameters())
			.anyMatch((p) -> "If-Match".equals(p.getName()) && "header".equals(p.getIn()));
		assertThat(document.getComponents().getSchemas().get("FollowUpRequest").getExample()).isNotNull();
		assertThat(document.getComponents().getSchemas().get("ContactRequest").getExample()).isNotNull();
	}

	@Test
	void theSignedInUserIsNoParameterOfAnyOperation() throws Exception {
		OpenAPI document = document();
		List<String> leaked = new ArrayList<>();
		document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (operation.getParameters() != null) {
				operation.getParameters()
					.stream()
					.filter((parameter) -> CURRENT_USER_FIELDS.contains(parameter.getName()))
					.forEach((parameter) -> leaked.add(method + " " + path + " ?" + parameter.getName()));
			}
		}));
		assertThat(leaked).as("the signed-in user's fields published as query parameters").isEmpty();
	}

	/**
	 * What the signed-in user ({@link CurrentUser}, a {@code UserDetails}) would publish
	 * if a route's principal parameter were taken for query parameters: names no route
	 * has as a parameter of its own ({@code active}, {@code departmentId} or
	 * {@code email} may be real filters).
	 */
	private static final Set<String> CURRENT_USER_FIELDS = Set.of("passwordHash", "password", "displayName",
			"departmentName", "authorities", "username", "accountNonExpired", "accountNonLocked",
			"credentialsNonExpired");

	private static Schema<?> resolve(OpenAPI document, Schema<?> schema) {
		if (schema != null && schema.get$ref() != null) {
			String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
			return document.getComponents().getSchemas().get(name);
		}
		return schema;
	}

	@Test
	void theRoutesOfSession7AreDescribedWithTheirBodiesAndTheirContracts() throws Exception {
		OpenAPI document = document();
		for (String list : List.of("/api/v1/activities", "/api/v1/mentions")) {
			assertThat(operation(document, list, "GET").getParameters())
				.filteredOn((p) -> ApiCursor.PARAMETER.equals(p.getName()))
				.singleElement()
				.satisfies((p) -> assertThat(p.getDescription()).contains("creation order", "skip or repeat"));
		}
		Operation departments = operation(document, "/api/v1/departments", "GET");
		assertThat(departments.getResponses().get("200").getHeaders()).containsKeys("Link", "X-Total-Count");
		assertThat(departments.getDescription()).contains("Compatibility", "bare");
		assertThat(operation(document, "/api/v1/incidents/{id}/attachments", "POST").getRequestBody().getContent())
			.containsKey("multipart/form-data");
		Operation download = operation(document, "/api/v1/incidents/{id}/attachments/{attachmentId}/content", "GET");
		assertThat(download.getResponses()).doesNotContainKey("304");
		assertThat(download.getResponses().get("200").getHeaders()).satisfiesAnyOf((h) -> assertThat(h).isNull(),
				(h) -> assertThat(h).doesNotContainKey("ETag"));
		assertThat(operation(document, "/api/v1/activities/import", "POST").getRequestBody().getContent())
			.containsKey("text/csv");
		Operation rotate = operation(document, "/api/v1/webhooks/{id}/secret", "POST");
		assertThat(rotate.getResponses()).containsKeys("412", "428");
		assertThat(rotate.getDescription()).contains("stops signing at once");
		assertThat(operation(document, "/api/v1/contacts/{id}/activities/{activityId}", "DELETE").getResponses())
			.containsKeys("204", "412", "428");
	}

	@Test
	void theDocumentAndSwaggerUiAreForSignedInUsersOnly() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isFound());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isFound());
	}

	@Test
	void swaggerUiComesFromItsWebJarUnderTheStrictPolicy() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "OpenAPI Readers");
		this.mvc.perform(get("/swagger-ui/index.html").with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui-bundle.js")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(header().string("Content-Security-Policy", SwaggerUiPolicy.POLICY))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
		this.mvc.perform(get("/swagger-ui/swagger-initializer.js").with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs")));
	}

	private OpenAPI document() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "OpenAPI Readers");
		String json = this.mvc.perform(get("/v3/api-docs").with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
		assertThat(result.getMessages()).as("swagger-parser's findings").isEmpty();
		assertThat(result.getOpenAPI()).isNotNull();
		return result.getOpenAPI();
	}

	private static Operation operation(OpenAPI document, String pattern, String method) {
		String wanted = normalize(pattern);
		for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
			if (normalize(path.getKey()).equals(wanted)) {
				return path.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
			}
		}
		return null;
	}

	private static String normalize(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}

}
