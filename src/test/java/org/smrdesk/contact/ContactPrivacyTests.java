package org.smrdesk.contact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A data subject's rights: the lead exports everything held about a contact, then erases
 * it, and no personal value is left anywhere in the database. The lead works through a
 * real, database-backed session, so flash messages and session attributes are scanned
 * too.
 */
@IntegrationTest
class ContactPrivacyTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theExportHoldsEverythingAndTheErasureLeavesNoPersonalValueInAnyTable() throws Exception {
		String canary = "Cnry" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String lead = TestData.user(this.jdbc, Role.LEAD, "Privacy Communications");
		Cookie session = signIn(lead);

		String location = this.mvc
			.perform(post("/contacts/new").cookie(session)
				.with(csrf())
				.param("kind", "VENDOR_CONTACT")
				.param("state", "ENGAGED")
				.param("name", canary + " Name")
				.param("outlet", canary + " Outlet")
				.param("links", "https://" + canary.toLowerCase() + ".example.test/about")
				.param("handles", "@" + canary + "handle")
				.param("email", canary + "@example.test")
				.param("topics", canary + " topics")
				.param("notes", canary + " notes")
				.param("lawfulBasis", canary + " consent given at the fair"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).cookie(session)).andExpect(status().isOk());
		for (String kind : List.of("MEETING", "EMAIL", "COMMENT")) {
			this.mvc
				.perform(post("/contacts/{id}/interactions/new", id).cookie(session)
					.with(csrf())
					.param("kind", kind)
					.param("occurredOn", "2026-03-01")
					.param("summary", canary + " said something in a " + kind)
					.param("outcome", canary + " outcome of the " + kind))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(get("/contacts/{id}/edit", id).cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/contacts").param("q", canary).cookie(session)).andExpect(status().isOk());
		long vendor = TestData.vendor("Privacy Agency " + UUID.randomUUID()).insert(this.jdbc);
		this.jdbc.update("insert into vendor_contacts (vendor_id, contact_id) values (?, ?)", vendor, id);
		assertThat(tablesContaining(canary)).isNotEmpty();

		MvcResult export = this.mvc.perform(get("/contacts/{id}/export", id).cookie(session))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment");
		String json = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"name\":\"" + canary + " Name\"", canary + " Outlet",
				canary.toLowerCase() + ".example.test/about", "@" + canary + "handle",
				canary.toLowerCase() + "@example.test", canary + " topics", canary + " notes",
				canary + " consent given at the fair", "\"owner\"", "\"interactions\"", "\"Vendor\"", "Privacy Agency");
		for (String kind : List.of("MEETING", "EMAIL", "COMMENT")) {
			assertThat(json).contains(canary + " said something in a " + kind, canary + " outcome of the " + kind,
					"\"kind\":\"" + kind + "\"");
		}

		this.mvc.perform(post("/contacts/{id}/erase", id).cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/contacts/{id}", id).cookie(session)).andExpect(status().isOk());

		assertThat(tablesContaining(canary)).as("tables and columns still holding a personal value").isEmpty();
		assertThat(this.jdbc.queryForObject("select name from contacts where id = ?", String.class, id))
			.isEqualTo(Contact.TOMBSTONE);
		assertThat(this.jdbc.queryForObject("select count(*) from interactions where contact_id = ?", Long.class, id))
			.as("the interactions stay, without their text")
			.isEqualTo(3L);
		assertThat(
				this.jdbc.queryForObject("select count(*) from vendor_contacts where contact_id = ?", Long.class, id))
			.as("links stay valid")
			.isOne();
		List<Map<String, Object>> audit = this.jdbc.queryForList(
				"select action, changed_fields, actor from audit_log where entity_type = 'Contact' and entity_id = ? "
						+ "and action in ('EXPORT', 'ERASE') order by id",
				id);
		assertThat(audit).extracting((row) -> row.get("action")).containsExactly("EXPORT", "ERASE");
		assertThat(audit).allSatisfy((row) -> {
			assertThat(row.get("changed_fields")).isEqualTo("");
			assertThat(row.get("actor")).isEqualTo(lead);
		});
	}

	/**
	 * Every text, JSON and binary column of every table, searched for the value (any
	 * case).
	 */
	private List<String> tablesContaining(String value) {
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select table_name, column_name, data_type from information_schema.columns
				where table_schema = current_schema()
				  and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""");
		assertThat(columns).hasSizeGreaterThan(20);
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			String text = "bytea".equals(column.get("data_type")) ? "encode(\"" + name + "\", 'escape')"
					: "\"" + name + "\"::text";
			Long hits = this.jdbc.queryForObject(
					"select count(*) from \"" + table + "\" where " + text + " ilike '%' || ? || '%'", Long.class,
					value);
			if (hits != null && hits > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

	private Cookie signIn(String email) throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").with(csrf()).param("username", email).param("password", TestData.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("a database-backed session").isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				email))
			.isOne();
		return session;
	}

}
