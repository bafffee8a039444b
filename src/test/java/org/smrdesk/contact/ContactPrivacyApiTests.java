package org.smrdesk.contact;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTeam;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contact's privacy actions through the API, with the contact page's rules: only the
 * lead exports a contact's data (recorded in the audit log) and erases a contact (under
 * {@code If-Match}; a tombstone stays, its interactions lose their text, the audit log
 * records the erasure and never the values).
 */
@IntegrationTest
class ContactPrivacyApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private ApiTeam team;

	private String contact;

	@BeforeEach
	void data() throws Exception {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String department = "Api Privacy " + this.unique;
		this.team = this.api.team(department);
		this.contact = this.team.lead()
			.create("/api/v1/contacts", """
					{"kind": "JOURNALIST", "name": "Robin %s", "email": "robin-%s@example.com", "ownerId": %d}"""
				.formatted(this.unique, this.unique, this.team.staff().id()));
		this.team.staff()
			.post(this.contact + "/interactions",
					"""
							{"kind": "EMAIL", "occurredOn": "2026-11-02", "summary": "Pitched the launch %s"}"""
						.formatted(this.unique))
			.andExpect(status().isCreated());
	}

	@Test
	void theLeadExportsAContactsDataAndTheExportIsAudited() throws Exception {
		this.team.lead()
			.get(this.contact + "/export")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Robin " + this.unique))
			.andExpect(jsonPath("$.email").value("robin-" + this.unique + "@example.com"))
			.andExpect(jsonPath("$.interactions[0].summary").value("Pitched the launch " + this.unique))
			.andExpect(jsonPath("$.linkedRecords").isArray());
		this.team.manager().get(this.contact + "/export").andExpect(problem(403));
		this.team.staff().get(this.contact + "/export").andExpect(problem(403));
		this.team.lead().get("/api/v1/contacts/999999999/export").andExpect(problem(404));
		assertThat(audited("EXPORT")).isEqualTo(1);
	}

	@Test
	void theLeadErasesAContactUnderIfMatchAndATombstoneStays() throws Exception {
		String tag = this.team.lead().etag(this.contact);
		this.team.manager().post(this.contact + "/erase", tag, null).andExpect(problem(403));
		this.team.staff().post(this.contact + "/erase", tag, null).andExpect(problem(403));
		this.team.lead().post(this.contact + "/erase", "\"999\"", null).andExpect(stale());
		assertThat(audited("ERASE")).isZero();
		this.team.lead()
			.post(this.contact + "/erase", tag, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(Contact.TOMBSTONE))
			.andExpect(jsonPath("$.email").doesNotExist());
		this.team.lead().post(this.contact + "/erase", tag, null).andExpect(stale());
		this.team.lead().post("/api/v1/contacts/999999999/erase", "*", null).andExpect(problem(404));
		assertThat(audited("ERASE")).isEqualTo(1);
		assertThat(this.api.jdbc()
			.queryForObject("select count(*) from interactions where contact_id = ? and summary like ?", Integer.class,
					id(), "%" + this.unique + "%"))
			.isZero();
		assertThat(this.api.jdbc()
			.queryForObject("select count(*) from audit_log where entity_type = 'Contact' and entity_id = ?"
					+ " and changed_fields like ?", Integer.class, id(), "%" + this.unique + "%"))
			.isZero();
	}

	private int audited(String action) {
		return this.api.jdbc()
			.queryForObject("select count(*) from audit_log where entity_type = 'Contact' and entity_id = ?"
					+ " and action = ? and actor = ?", Integer.class, id(), action, this.team.lead().email());
	}

	private long id() {
		return Long.parseLong(this.contact.substring(this.contact.lastIndexOf('/') + 1));
	}

}
