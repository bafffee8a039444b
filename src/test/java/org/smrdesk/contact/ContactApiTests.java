package org.smrdesk.contact;

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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contacts through the API with a token, under the pages' privacy rules: staff see their
 * own and shared contacts only (another is 404, in lists too), log interactions with
 * their own; the lead creates and changes contacts, with {@code If-Match} → 412 when
 * stale.
 */
@IntegrationTest
class ContactApiTests {

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

	private RequestPostProcessor lead;

	private long own;

	private long hidden;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String staffEmail = TestData.user(this.jdbc, Role.STAFF, "Api Contacts " + this.unique);
		this.staff = ApiTokens.bearer(this.tokens, this.users, staffEmail);
		this.lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Api Contacts Lead " + this.unique));
		this.own = contact("Own " + this.unique, TestData.userId(this.jdbc, staffEmail));
		this.hidden = contact("Hidden " + this.unique, null);
	}

	@Test
	void staffSeeTheirOwnContactButNotAnotherOneAnywhere() throws Exception {
		this.mvc.perform(get("/api/v1/contacts").param("q", this.unique).with(this.staff))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$.content[*].name").value(hasItem("Own " + this.unique)))
			.andExpect(jsonPath("$.content[*].name").value(not(hasItem("Hidden " + this.unique))));
		this.mvc.perform(get("/api/v1/contacts/" + this.own).with(this.staff))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"));
		this.mvc.perform(get("/api/v1/contacts/" + this.hidden).with(this.staff)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contacts/" + this.hidden + "/interactions").with(this.staff))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contacts").param("q", this.unique).with(this.lead))
			.andExpect(header().string("X-Total-Count", "2"));
	}

	@Test
	void staffLogInteractionsWithTheirOwnContactOnly() throws Exception {
		String body = """
				{"kind": "EMAIL", "occurredOn": "2026-11-02", "summary": "Pitched the launch %s"}"""
			.formatted(this.unique);
		this.mvc
			.perform(post("/api/v1/contacts/" + this.own + "/interactions").with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/contacts/" + this.own + "/interactions").with(this.staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].summary").value("Pitched the launch " + this.unique));
		this.mvc
			.perform(post("/api/v1/contacts/" + this.hidden + "/interactions").with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLeadChangesAContactAndAStaleETagIs412() throws Exception {
		String body = """
				{"kind": "BLOGGER", "name": "Renamed %s", "state": "ENGAGED"}""".formatted(this.unique);
		this.mvc
			.perform(put("/api/v1/contacts/" + this.own).header("If-Match", "*")
				.with(this.staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/contacts/" + this.own).with(this.lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Renamed " + this.unique));
		this.mvc
			.perform(put("/api/v1/contacts/" + this.own).with(this.lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc
			.perform(post("/api/v1/contacts").with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"BLOGGER\", \"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("name")));
	}

	@Test
	void aLikelyDuplicateIs409UntilTheLeadSavesAnywayWithTheQueryParameter() throws Exception {
		String body = """
				{"kind": "JOURNALIST", "name": "Robin %s", "email": "robin-%s@example.com"}""".formatted(this.unique,
				this.unique);
		this.mvc.perform(post("/api/v1/contacts").with(this.lead).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("JOURNALIST"))
			.andExpect(jsonPath("$.state").value("PROSPECT"));
		this.mvc.perform(post("/api/v1/contacts").with(this.lead).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.duplicates").isNotEmpty());
		this.mvc
			.perform(post("/api/v1/contacts?saveAnyway=true").with(this.lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
	}

	private long contact(String name, Long ownerId) {
		return TestData.contact(name).with("owner_id", ownerId).insert(this.jdbc);
	}

}
