package org.smrdesk.core;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document of {@code /api/v1} ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui/index.html}): the schemas come from the API's records, and the
 * conventions every route shares are added here once: Bearer and Basic authentication,
 * problem details (RFC 9457) for errors, the paging headers of lists
 * ({@link ApiPageLinks}), {@code ETag} on GET one and {@code If-Match} on changes
 * (required: 428 without, 412 when stale; {@link ApiVersions}), and
 * {@code Idempotency-Key} on creates.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM = "application/problem+json";

	/**
	 * What a cursor walk promises, and why its order is the records' creation (their id):
	 * the only key no change of a record moves, so a walk sees every record that matched
	 * at its start exactly once, whatever is edited meanwhile. A walk by a changeable
	 * column (a status, a severity, a title) would skip or repeat the records changed
	 * during it.
	 */
	static final String CURSOR_CONTRACT = "Keyset paging for walking a large list: empty to start, then the "
			+ "`next` of the previous answer (also in `Link: rel=\"next\"`). The contract is creation order: "
			+ "records come in the order they were created (by id), without page metadata or total, and "
			+ "`sort` and `page` are refused (400). Creation order is the one order no edit moves, so a walk "
			+ "answers every record that matched when it started exactly once, and records created during the walk "
			+ "at its end, however the records are edited meanwhile; a walk ordered by a changeable column "
			+ "(status, severity, title, date) would skip or repeat the records changed during it. To sync, walk "
			+ "and sort locally, or use `page`/`size` with `sort` for a screenful. A cursor this list did not "
			+ "give out is a 400.";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	static {
		// the signed-in user is resolved from the session or the token, never sent:
		// without
		// this, routes taking it would publish its fields (passwordHash among them) as
		// query
		// parameters
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI smrDeskOpenApi() {
		return new OpenAPI()
			.info(new Info().title("SMR Desk API")
				.version("v1")
				.description("Records of SMR Desk under the same rules as the pages. Authenticate with a personal "
						+ "access token (account page) as `Authorization: Bearer smr_…`; lists page with `page` "
						+ "(from 0) and `size` and answer with RFC 8288 `Link` headers and `X-Total-Count`; GET one "
						+ "answers with an `ETag`, send it back in `If-Match` to change the record (required: 428 "
						+ "without it, 412 when stale, `*` to overwrite whatever is stored); "
						+ "errors are RFC 9457 problem details."))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal access token from the account page"))
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("E-mail and password, where allowed (smr.api.basic-auth)"))
				.addSchemas("Problem", problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	@Bean
	OperationCustomizer smrDeskConventions() {
		return (operation, handler) -> {
			ApiResponses responses = operation.getResponses();
			if (responses == null) {
				responses = new ApiResponses();
				operation.setResponses(responses);
			}
			boolean get = handler.hasMethodAnnotation(GetMapping.class);
			boolean change = ApiVersions.changesRecord(handler);
			if (returns(handler, PagedModel.class) || returns(handler, ApiPage.class)) {
				ApiResponse ok = responses.computeIfAbsent("200", (code) -> new ApiResponse().description("OK"));
				ok.addHeaderObject("Link", header(
						"RFC 8288 links: rel first, prev, next, last (path-only); in a cursor walk rel next only, "
								+ "until the last step",
						"</api/v1/things?page=1&size=20>; rel=\"next\""));
				describeCursor(operation);
				ok.addHeaderObject(ApiPageLinks.TOTAL,
						new Header().description("How many records match").schema(new IntegerSchema().example(42)));
			}
			else if (get && ResponseEntity.class.equals(handler.getReturnType().getParameterType())
					&& !returnsFile(handler)) {
				ApiResponse ok = responses.computeIfAbsent("200", (code) -> new ApiResponse().description("OK"));
				ok.addHeaderObject("ETag", header("The record's version, for If-Match", "\"3\""));
				problem(responses, "304", "Not modified (If-None-Match names the current version)");
			}
			if (change) {
				requireIfMatch(operation);
				problem(responses, "412", "The If-Match tag no longer names the record's version");
				problem(responses, "428", "No If-Match header: send the record's ETag from a GET (or *)");
			}
			if (handler.hasMethodAnnotation(PostMapping.class)) {
				operation
					.addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter().name("Idempotency-Key")
						.required(false)
						.description(
								"Carries out a repeated request once (a repeat answers 409 with the first Location)")
						.schema(new StringSchema().example("5f0c6a4e-order-42")));
			}
			if (!get) {
				problem(responses, "400", "Invalid request content (the fields are listed)");
				problem(responses, "422", "A business rule refused the change");
			}
			problem(responses, "401", "No valid token or password");
			problem(responses, "403", "Not allowed for this user or token scope");
			if (hasPathVariable(operation)) {
				problem(responses, "404", "No such record");
			}
			return operation;
		};
	}

	/**
	 * A download (the bytes of a file), which is not a versioned record and has no ETag.
	 */
	private static boolean returnsFile(HandlerMethod handler) {
		return handler.getReturnType().getGenericParameterType().getTypeName().contains("byte[]");
	}

	private static boolean returns(HandlerMethod handler, Class<?> type) {
		Class<?> returned = handler.getReturnType().getParameterType();
		if (type.isAssignableFrom(returned)) {
			return true;
		}
		return ResponseEntity.class.equals(returned)
				&& handler.getReturnType().getGenericParameterType().getTypeName().contains(type.getName());
	}

	/**
	 * The {@code If-Match} header parameter of a change, required
	 * ({@link ApiPreconditions} answers 428 without it), whether or not the handler reads
	 * it itself.
	 */
	private static void requireIfMatch(Operation operation) {
		Parameter ifMatch = (operation.getParameters() == null) ? null
				: operation.getParameters()
					.stream()
					.filter((p) -> "header".equals(p.getIn()) && ApiVersions.IF_MATCH.equalsIgnoreCase(p.getName()))
					.findFirst()
					.orElse(null);
		if (ifMatch == null) {
			ifMatch = new HeaderParameter().name(ApiVersions.IF_MATCH);
			operation.addParametersItem(ifMatch);
		}
		ifMatch.required(true)
			.description("The record's ETag from a GET (a stale one answers 412), or * to change whatever is "
					+ "stored; without it the change is refused with 428")
			.schema(new StringSchema().example("\"3\""));
	}

	/**
	 * The {@code cursor} parameter of a large list ({@link ApiCursor}).
	 */
	private static void describeCursor(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		operation.getParameters()
			.stream()
			.filter((p) -> "query".equals(p.getIn()) && ApiCursor.PARAMETER.equals(p.getName()))
			.forEach((p) -> p.description(CURSOR_CONTRACT).example("YzE6YWN0aXZpdGllczoxMjM0NQ"));
	}

	private static boolean hasPathVariable(Operation operation) {
		return operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((p) -> "path".equals(p.getIn()));
	}

	private static Header header(String description, String example) {
		return new Header().description(description).schema(new StringSchema().example(example));
	}

	private static void problem(ApiResponses responses, String code, String description) {
		if (responses.containsKey(code)) {
			return;
		}
		ApiResponse response = new ApiResponse().description(description);
		if (!"304".equals(code)) {
			response.content(
					new Content().addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
		}
		responses.addApiResponse(code, response);
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema schema = new ObjectSchema();
		schema.description("An RFC 9457 problem detail");
		schema.addProperty("type", new StringSchema().example("about:blank"));
		schema.addProperty("title", new StringSchema().example("Precondition Failed"));
		schema.addProperty("status", new IntegerSchema().example(412));
		schema.addProperty("detail",
				new StringSchema().example("The record has changed since you read it (now \"4\")."));
		schema.addProperty("instance", new StringSchema().example("/api/v1/incidents/17"));
		schema.addProperty("errors",
				new io.swagger.v3.oas.models.media.ArraySchema()
					.items(new ObjectSchema().addProperty("field", new StringSchema().example("title"))
						.addProperty("code", new StringSchema().example("unknown"))
						.addProperty("message", new StringSchema().example("must not be blank")))
					.description("Invalid fields (400 and 422); code \"unknown\" for a field the request does not "
							+ "have, \"type\" for a value of the wrong type"));
		schema.example(Map.of("type", "about:blank", "title", "Precondition Failed", "status", 412, "detail",
				"The record has changed since you read it (now \"4\")."));
		return schema;
	}

}
