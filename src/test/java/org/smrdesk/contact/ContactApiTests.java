package org.smrdesk.contact;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
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
	private ApiTestClient api;

	private String unique;

	private Caller staff;

	private Caller lead;

	private long own;

	private long hidden;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.staff = this.api.newUser(Role.STAFF, "Api Contacts " + this.unique);
		this.lead = this.api.newUser(Role.LEAD, "Api Contacts Lead " + this.unique);
		this.own = contact("Own " + this.unique, this.staff.id());
		this.hidden = contact("Hidden " + this.unique, null);
	}

	@Test
	void staffSeeTheirOwnContactButNotAnotherOneAnywhere() throws Exception {
		this.staff.get("/api/v1/contacts?q={q}", this.unique)
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$.content[*].name").value(hasItem("Own " + this.unique)))
			.andExpect(jsonPath("$.content[*].name").value(not(hasItem("Hidden " + this.unique))));
		this.staff.get("/api/v1/contacts/" + this.own).andExpect(status().isOk()).andExpect(header().exists("ETag"));
		this.staff.get("/api/v1/contacts/" + this.hidden).andExpect(problem(404));
		this.staff.get("/api/v1/contacts/" + this.hidden + "/interactions").andExpect(problem(404));
		this.lead.get("/api/v1/contacts?q={q}", this.unique).andExpect(header().string("X-Total-Count", "2"));
	}

	@Test
	void staffLogInteractionsWithTheirOwnContactOnly() throws Exception {
		String body = """
				{"kind": "EMAIL", "occurredOn": "2026-11-02", "summary": "Pitched the launch %s"}"""
			.formatted(this.unique);
		this.staff.post("/api/v1/contacts/" + this.own + "/interactions", body).andExpect(status().isCreated());
		this.staff.get("/api/v1/contacts/" + this.own + "/interactions")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].summary").value("Pitched the launch " + this.unique));
		this.staff.post("/api/v1/contacts/" + this.hidden + "/interactions", body).andExpect(problem(403));
	}

	@Test
	void theLeadChangesAContactAndAStaleETagIs412() throws Exception {
		String body = """
				{"kind": "BLOGGER", "name": "Renamed %s", "state": "ENGAGED"}""".formatted(this.unique);
		String path = "/api/v1/contacts/" + this.own;
		this.staff.put(path, "\"0\"", body).andExpect(problem(403));
		this.lead.put(path, "\"0\"", body)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Renamed " + this.unique));
		this.lead.put(path, "\"0\"", body).andExpect(stale());
		this.lead.post("/api/v1/contacts", "{\"kind\": \"BLOGGER\", \"name\": \"\"}").andExpect(invalid("name"));
	}

	@Test
	void aLikelyDuplicateIs409UntilTheLeadSavesAnywayWithTheQueryParameter() throws Exception {
		String body = """
				{"kind": "JOURNALIST", "name": "Robin %s", "email": "robin-%s@example.com"}""".formatted(this.unique,
				this.unique);
		this.lead.post("/api/v1/contacts", body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("JOURNALIST"))
			.andExpect(jsonPath("$.state").value("PROSPECT"));
		this.lead.post("/api/v1/contacts", body)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.duplicates").isNotEmpty());
		this.lead.post("/api/v1/contacts?saveAnyway=true", body).andExpect(status().isCreated());
	}

	private long contact(String name, Long ownerId) {
		return TestData.contact(name).with("owner_id", ownerId).insert(this.api.jdbc());
	}

}
