package org.smrdesk.apitoken;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A token's life: made on the account page and shown once, only its hash stored, used as
 * a bearer token (last use recorded), refused when read-only on a write, expired or
 * revoked.
 */
@IntegrationTest
class ApiTokenTests {

	private static final Pattern TOKEN = Pattern.compile("smr_[A-Za-z0-9_-]{43}");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private CurrentUser lead;

	@BeforeEach
	void lead() {
		this.lead = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Token Communications"));
	}

	@Test
	void aTokenIsShownOnceStoredAsItsHashAndWorksAsABearerToken() throws Exception {
		String token = create("CI read", "READ");
		String stored = this.jdbc.queryForObject("select token_hash from api_tokens where user_id = ?", String.class,
				this.lead.id());
		assertThat(stored).isEqualTo(ApiTokenService.hash(token)).doesNotContain(token.substring(4));
		assertThat(this.jdbc.queryForObject("select count(*) from api_tokens where token_hash like ? or name like ?",
				Integer.class, "%" + token.substring(4, 20) + "%", "%" + token.substring(4, 20) + "%"))
			.isZero();
		this.mvc.perform(get("/account/tokens").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CI read")))
			.andExpect(content().string(not(containsString(token))));
		assertThat(lastUsed()).isNull();
		this.mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		assertThat(lastUsed()).isNotNull();
	}

	@Test
	void aReadTokenMayNotWrite() throws Exception {
		String token = create("Reader", "READ");
		this.mvc
			.perform(post("/api/v1/monitoring/queries").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"x\",\"query\":\"x\",\"kind\":\"BRAND\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("no write scope")));
		String writer = create("Writer", "WRITE");
		this.mvc
			.perform(post("/api/v1/monitoring/queries").header("Authorization", "Bearer " + writer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().is4xxClientError())
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
	}

	@Test
	void aRevokedOrExpiredOrUnknownTokenGets401() throws Exception {
		String token = create("Soon gone", "WRITE");
		long id = this.jdbc.queryForObject("select id from api_tokens where user_id = ?", Long.class, this.lead.id());
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(this.lead)).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
			.andExpect(jsonPath("$.status").value(401));

		String expiring = create("Expiring", "READ");
		this.jdbc.update("update api_tokens set expires_at = now() - interval '1 second' where name = 'Expiring'");
		this.mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + expiring))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer smr_unknown"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void someoneElseCannotRevokeMyTokenAndBadInputIsRefusedBesideTheField() throws Exception {
		String token = create("Mine", "READ");
		long id = this.jdbc.queryForObject("select id from api_tokens where user_id = ?", Long.class, this.lead.id());
		CurrentUser other = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Token Customer Care"));
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(other)).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		this.mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/account/tokens").with(user(this.lead))
				.with(csrf())
				.param("name", " ")
				.param("scope", "READ")
				.param("days", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the token a name")));
		this.mvc
			.perform(post("/account/tokens").with(user(this.lead))
				.with(csrf())
				.param("name", "Forever")
				.param("scope", "READ")
				.param("days", "100000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how long")))
			.andExpect(content().string(containsString("value=\"Forever\"")));
	}

	@Test
	void httpBasicStillWorksWhileAllowed() throws Exception {
		this.mvc.perform(get("/api/v1/incidents").with(httpBasic(this.lead.email(), TestData.PASSWORD)))
			.andExpect(status().isOk());
	}

	private String create(String name, String scope) throws Exception {
		String page = this.mvc
			.perform(post("/account/tokens").with(user(this.lead))
				.with(csrf())
				.param("name", name)
				.param("scope", scope)
				.param("days", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shown only this once")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

	private java.sql.Timestamp lastUsed() {
		return this.jdbc.queryForObject("select max(last_used_at) from api_tokens where user_id = ?",
				java.sql.Timestamp.class, this.lead.id());
	}

}
