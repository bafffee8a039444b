package org.smrdesk;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.smrdesk.apitoken.ApiTokenService;
import org.smrdesk.apitoken.TokenScope;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one way API tests call {@code /api/v1}, as another tool would: a caller carries a
 * personal access token ({@code Authorization: Bearer …}) or an e-mail and password
 * (Basic), sends JSON, reads a record's {@code ETag} and sends it back in
 * {@code If-Match}; the matchers check problem details (RFC 9457). An
 * {@link IntegrationTest} gets it with {@code @Autowired ApiTestClient api}.
 */
public class ApiTestClient {

	/** The status of a request body that fails Bean Validation (its fields listed). */
	public static final int INVALID_CONTENT = 400;

	private static final String PROBLEM_JSON = "application/problem+json";

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final ApiTokenService tokens;

	private final UserDetailsService users;

	ApiTestClient(MockMvc mvc, JdbcTemplate jdbc, ApiTokenService tokens, UserDetailsService users) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.users = users;
	}

	/**
	 * The database, for test data ({@link TestData}).
	 * @return the JDBC template
	 */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/**
	 * MockMvc, for requests that are not API calls (a page, a sign-in).
	 * @return the MockMvc
	 */
	public MockMvc mvc() {
		return this.mvc;
	}

	/**
	 * A new user of a department (created when missing) calling with a write token.
	 * @param role their role
	 * @param department the department's name
	 * @return the caller
	 */
	public Caller newUser(Role role, String department) {
		return withToken(TestData.user(this.jdbc, role, department), TokenScope.WRITE);
	}

	/**
	 * A department (created when missing) with a new LEAD, MANAGER and STAFF member.
	 * @param department the department's name
	 * @return the team
	 */
	public ApiTeam team(String department) {
		return new ApiTeam(department, TestData.department(this.jdbc, department), newUser(Role.LEAD, department),
				newUser(Role.MANAGER, department), newUser(Role.STAFF, department));
	}

	/**
	 * An existing user calling with a new token of a scope.
	 * @param email the user
	 * @param scope read or write
	 * @return the caller
	 */
	public Caller withToken(String email, TokenScope scope) {
		String token = this.tokens.create((CurrentUser) this.users.loadUserByUsername(email), "test", scope, 30);
		return new Caller(email, "Bearer " + token);
	}

	/**
	 * An existing user calling with their e-mail and password (HTTP Basic).
	 * @param email the user
	 * @param password their password
	 * @return the caller
	 */
	public Caller withPassword(String email, String password) {
		String pair = email + ":" + password;
		return new Caller(email, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A caller without credentials.
	 * @return the anonymous caller
	 */
	public Caller anonymous() {
		return new Caller(null, null);
	}

	/**
	 * A refused request answered with a problem detail.
	 * @param status the expected status
	 * @return the matcher
	 */
	public static ResultMatcher problem(int status) {
		return all(status().is(status), header().string(HttpHeaders.CONTENT_TYPE, containsString(PROBLEM_JSON)));
	}

	/**
	 * A body refused by Bean Validation, naming the field.
	 * @param field the invalid field
	 * @return the matcher
	 */
	public static ResultMatcher invalid(String field) {
		return all(problem(INVALID_CONTENT), jsonPath("$.errors[*].field", hasItem(field)));
	}

	/**
	 * A value the service refused beside its field (422).
	 * @param field the field
	 * @param code the message code
	 * @return the matcher
	 */
	public static ResultMatcher fieldError(String field, String code) {
		return all(problem(422), jsonPath("$.errors[0].field").value(field), jsonPath("$.errors[0].code").value(code));
	}

	/**
	 * A business rule the service refused (422 with its code).
	 * @param code the rule's message code
	 * @return the matcher
	 */
	public static ResultMatcher refused(String code) {
		return all(problem(422), jsonPath("$.code").value(code));
	}

	/**
	 * A change refused because its {@code If-Match} tag is stale: 412 with the current
	 * tag.
	 * @return the matcher
	 */
	public static ResultMatcher stale() {
		return all(problem(412), header().exists(HttpHeaders.ETAG));
	}

	private static ResultMatcher all(ResultMatcher... matchers) {
		return (result) -> {
			for (ResultMatcher matcher : matchers) {
				matcher.match(result);
			}
		};
	}

	/**
	 * One caller of the API.
	 */
	public final class Caller {

		private final String email;

		private final String authorization;

		Caller(String email, String authorization) {
			this.email = email;
			this.authorization = authorization;
		}

		public String email() {
			return this.email;
		}

		/**
		 * The caller's credentials for a request a test builds itself
		 * ({@code mvc.perform(post(path).with(caller.auth()))}).
		 * @return adds the {@code Authorization} header
		 */
		public RequestPostProcessor auth() {
			return (request) -> {
				if (this.authorization != null) {
					request.addHeader(HttpHeaders.AUTHORIZATION, this.authorization);
				}
				return request;
			};
		}

		/**
		 * The caller's user id.
		 * @return the id
		 */
		public long id() {
			return TestData.userId(ApiTestClient.this.jdbc, this.email);
		}

		public ResultActions get(String path, Object... uriVariables) throws Exception {
			return perform(MockMvcRequestBuilders.get(path, uriVariables));
		}

		/**
		 * A POST without a body (an action).
		 * @param path the path
		 * @return the result
		 * @throws Exception on failure
		 */
		public ResultActions post(String path) throws Exception {
			return perform(MockMvcRequestBuilders.post(path));
		}

		public ResultActions post(String path, String json) throws Exception {
			return perform(json(MockMvcRequestBuilders.post(path), json));
		}

		/**
		 * A POST that changes a record under {@code If-Match}.
		 * @param path the path
		 * @param etag the tag last read
		 * @param json the body, or null for none
		 * @return the result
		 * @throws Exception on failure
		 */
		public ResultActions post(String path, String etag, String json) throws Exception {
			return perform(ifMatch(json(MockMvcRequestBuilders.post(path), json), etag));
		}

		public ResultActions put(String path, String etag, String json) throws Exception {
			return perform(ifMatch(json(MockMvcRequestBuilders.put(path), json), etag));
		}

		public ResultActions patch(String path, String etag, String json) throws Exception {
			return perform(ifMatch(json(MockMvcRequestBuilders.patch(path), json), etag));
		}

		public ResultActions delete(String path, String etag) throws Exception {
			return perform(ifMatch(MockMvcRequestBuilders.delete(path), etag));
		}

		/**
		 * The {@code ETag} of a record as GET answers it (200 expected).
		 * @param path the record
		 * @return the tag
		 * @throws Exception on failure
		 */
		public String etag(String path) throws Exception {
			return get(path).andExpect(status().isOk())
				.andExpect(header().exists(HttpHeaders.ETAG))
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.ETAG);
		}

		/**
		 * Creates a record (201 expected) and gives its {@code Location}.
		 * @param path the list
		 * @param json the record
		 * @return the new record's path
		 * @throws Exception on failure
		 */
		public String create(String path, String json) throws Exception {
			return post(path, json).andExpect(status().isCreated())
				.andExpect(header().exists(HttpHeaders.LOCATION))
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.LOCATION);
		}

		/**
		 * Any request, with the caller's credentials.
		 * @param request the request
		 * @return the result
		 * @throws Exception on failure
		 */
		public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
			if (this.authorization != null) {
				request.header(HttpHeaders.AUTHORIZATION, this.authorization);
			}
			return ApiTestClient.this.mvc.perform(request);
		}

		private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String json) {
			return (json != null) ? request.contentType(MediaType.APPLICATION_JSON).content(json) : request;
		}

		private MockHttpServletRequestBuilder ifMatch(MockHttpServletRequestBuilder request, String etag) {
			return (etag != null) ? request.header(HttpHeaders.IF_MATCH, etag) : request;
		}

	}

}
