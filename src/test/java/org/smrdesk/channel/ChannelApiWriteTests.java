package org.smrdesk.channel;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTokens;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.apitoken.ApiTokenService;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue and the company accounts change through the API with tokens, under the
 * pages' rules: the lead keeps the catalogue; staff register and change their own
 * department's accounts only; a stale {@code If-Match} is 412, a taken name 422.
 */
@IntegrationTest
class ChannelApiWriteTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	private String unique;

	private RequestPostProcessor staff;

	private long staffId;

	private long home;

	private long other;

	private RequestPostProcessor lead;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String staffEmail = TestData.user(this.jdbc, Role.STAFF, "Api Channels " + this.unique);
		this.staffId = TestData.userId(this.jdbc, staffEmail);
		this.staff = ApiTokens.bearer(this.tokens, this.users, staffEmail);
		this.home = TestData.department(this.jdbc, "Api Channels " + this.unique);
		this.other = TestData.department(this.jdbc, "Api Channels Other " + this.unique);
		this.lead = ApiTokens.bearer(this.tokens, this.users, TestData.user(this.jdbc, Role.LEAD, "Api Channels Lead"));
	}

	@Test
	void theLeadKeepsTheCatalogueUnderIfMatch() throws Exception {
		String service = """
				{"name": "Api Service %s", "kind": "MICROBLOG", "website": "https://example.org"}"""
			.formatted(this.unique);
		this.mvc
			.perform(post("/api/v1/services").with(this.staff).contentType(MediaType.APPLICATION_JSON).content(service))
			.andExpect(status().isForbidden());
		String location = this.mvc
			.perform(post("/api/v1/services").with(this.lead).contentType(MediaType.APPLICATION_JSON).content(service))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.itStatus").value("UNDER_REVIEW"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc
			.perform(post("/api/v1/services").with(this.lead).contentType(MediaType.APPLICATION_JSON).content(service))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		String changed = service.replace("MICROBLOG", "VIDEO");
		this.mvc
			.perform(put(location).with(this.lead)
				.header("If-Match", "\"5\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put(location).with(this.lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.kind").value("VIDEO"));
		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\", \"kind\": \"VIDEO\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		this.mvc.perform(get(location).with(this.staff)).andExpect(jsonPath("$.kind").value("VIDEO"));
	}

	@Test
	void staffRegisterAndChangeTheirOwnDepartmentsAccountsOnly() throws Exception {
		long service = this.jdbc.queryForObject("""
				insert into social_services (name, kind, it_status, assessment, created_at, created_by, updated_at,
				                             updated_by)
				values (?, 'BLOG', 'APPROVED', 'SPOTTED', now(), 'test', now(), 'test') returning id""", Long.class,
				"Api Account Service " + this.unique);
		String account = """
				{"serviceId": %d, "handle": "@api-%s", "departmentId": %d, "ownerId": %d}""";
		this.mvc
			.perform(post("/api/v1/accounts").with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(account.formatted(service, this.unique, this.other, this.staffId)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("departmentId"));
		String location = this.mvc
			.perform(post("/api/v1/accounts").with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(account.formatted(service, this.unique, this.home, this.staffId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.departmentId").value(this.home))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String moved = account.formatted(service, this.unique, this.other, this.staffId);
		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(moved))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(put(location).with(this.lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(moved))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentId").value(this.other));
		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(moved))
			.andExpect(status().isForbidden());
	}

}
