package org.smrdesk.contact;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The contact pages as the lead and staff use them: duplicates shown before saving, the
 * "do not contact" guard, the conflict of two edits, and the CSV import.
 */
@IntegrationTest
class ContactWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private UserDetails lead;

	private UserDetails staff;

	private String unique;

	@BeforeEach
	void signIn() {
		this.lead = this.userDetailsService.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Contacts Web"));
		this.staff = this.userDetailsService.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Contacts Web"));
		this.unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aLikelyDuplicateIsShownBeforeSavingAndSavedOnlyWhenConfirmed() throws Exception {
		String email = "dup-" + this.unique + "@example.test";
		this.mvc
			.perform(post("/contacts/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "BLOGGER")
				.param("state", "ENGAGED")
				.param("name", "First " + this.unique)
				.param("email", email)
				.param("handles", "@first" + this.unique))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/contacts/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "JOURNALIST")
				.param("state", "PROSPECT")
				.param("name", "Second " + this.unique)
				.param("email", email.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/form"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"duplicates\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("First " + this.unique)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Second " + this.unique + "\"")));
		assertThat(count("Second " + this.unique)).isZero();

		this.mvc
			.perform(post("/contacts/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "JOURNALIST")
				.param("state", "PROSPECT")
				.param("name", "Third " + this.unique)
				.param("handles", "first" + this.unique.toUpperCase() + ", @someone-else"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("First " + this.unique)));
		assertThat(count("Third " + this.unique)).isZero();

		this.mvc
			.perform(post("/contacts/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "JOURNALIST")
				.param("state", "PROSPECT")
				.param("name", "Second " + this.unique)
				.param("email", email.toUpperCase())
				.param("saveAnyway", "true"))
			.andExpect(redirectedUrlPattern("/contacts/*"));
		assertThat(count("Second " + this.unique)).isOne();
	}

	@Test
	void aDifferentPersonIsSavedWithoutAsking() throws Exception {
		this.mvc
			.perform(post("/contacts/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "BLOGGER")
				.param("state", "ENGAGED")
				.param("name", "Alone " + this.unique)
				.param("email", "alone-" + this.unique + "@example.test")
				.param("handles", "@alone" + this.unique))
			.andExpect(redirectedUrlPattern("/contacts/*"));
		assertThat(count("Alone " + this.unique)).isOne();
	}

	@Test
	void outreachToADoNotContactPersonIsRefusedWithTheInputKept() throws Exception {
		long id = contact("Quiet " + this.unique, "DO_NOT_CONTACT", null);
		this.mvc
			.perform(post("/contacts/{id}/interactions/new", id).with(user(this.lead))
				.with(csrf())
				.param("kind", "PITCH")
				.param("occurredOn", "2026-01-15")
				.param("summary", "Pitch about the launch"))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/interaction"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("asked not to be contacted")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Pitch about the launch")));
		assertThat(interactions(id)).isZero();

		this.mvc
			.perform(post("/contacts/{id}/interactions/new", id).with(user(this.lead))
				.with(csrf())
				.param("kind", "COMMENT")
				.param("occurredOn", "2026-01-15")
				.param("summary", "They commented"))
			.andExpect(redirectedUrlPattern("/contacts/*"));
		assertThat(interactions(id)).isOne();
	}

	@Test
	void staffLogInteractionsForTheContactsTheyOwnOnly() throws Exception {
		long staffId = TestData.userId(this.jdbc, this.staff.getUsername());
		long own = contact("Owned " + this.unique, "ENGAGED", staffId);
		long other = contact("Not owned " + this.unique, "ENGAGED", null);
		this.mvc
			.perform(post("/contacts/{id}/interactions/new", own).with(user(this.staff))
				.with(csrf())
				.param("kind", "CALL")
				.param("occurredOn", "2026-01-15")
				.param("summary", "Call"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/contacts/{id}/interactions/new", other).with(user(this.staff))
				.with(csrf())
				.param("kind", "CALL")
				.param("occurredOn", "2026-01-15")
				.param("summary", "Call"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select user_id from interactions where contact_id = ?", Long.class, own))
			.isEqualTo(staffId);
		assertThat(interactions(other)).isZero();
	}

	@Test
	void aStaleEditShowsTheConflictAndKeepsTheInput() throws Exception {
		long id = contact("Edited " + this.unique, "ENGAGED", null);
		long version = this.jdbc.queryForObject("select version from contacts where id = ?", Long.class, id);
		this.mvc
			.perform(post("/contacts/{id}/edit", id).with(user(this.lead))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("kind", "BLOGGER")
				.param("state", "ADVOCATE")
				.param("name", "Edited first " + this.unique))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/contacts/{id}/edit", id).with(user(this.lead))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("kind", "BLOGGER")
				.param("state", "CRITIC")
				.param("name", "Edited second " + this.unique))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/form"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else saved this record")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Edited second " + this.unique)));
		assertThat(this.jdbc.queryForObject("select name from contacts where id = ?", String.class, id))
			.isEqualTo("Edited first " + this.unique);
	}

	@Test
	void badInputShowsFieldErrorsBesideTheFields() throws Exception {
		this.mvc
			.perform(post("/contacts/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "BLOGGER")
				.param("state", "ENGAGED")
				.param("name", "")
				.param("email", "not-an-address")
				.param("outlet", "Kept " + this.unique))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"name-errors\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"email-errors\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Kept " + this.unique)));
	}

	@Test
	void anImportWithErrorsShowsEachLineAndSavesNothing() throws Exception {
		String csv = "kind,name,email,state,owner\n" + "blogger,Import A " + this.unique + ",a-" + this.unique
				+ "@example.test,engaged,\n" + "astronaut,Import B " + this.unique + ",,,\n" + "journalist,,b-"
				+ this.unique + "@example.test,,nobody-" + this.unique + "@test.example\n";
		this.mvc.perform(multipart("/contacts/import").file(file(csv)).with(user(this.lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Line 3: unknown kind")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Line 4: the name is missing")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Line 4: no user has this owner")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Import 3 contacts"))));
		this.mvc.perform(post("/contacts/import/confirm").with(user(this.lead)).with(csrf()).param("csv", csv))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Line 3: unknown kind")));
		assertThat(this.jdbc.queryForObject("select count(*) from contacts where name like ?", Long.class,
				"Import % " + this.unique))
			.isZero();
	}

	@Test
	void anImportRowWithTheHandleOfAnExistingContactIsRefusedAsTheFormRefusesIt() throws Exception {
		TestData.contact("Existing " + this.unique).with("handles", "@dup" + this.unique).insert(this.jdbc);
		String csv = "kind,name,handles\n" + "blogger,Import A " + this.unique + ",@DUP" + this.unique + "\n";
		this.mvc.perform(multipart("/contacts/import").file(file(csv)).with(user(this.lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Line 2: a contact with one of these handles exists")));
		this.mvc.perform(post("/contacts/import/confirm").with(user(this.lead)).with(csrf()).param("csv", csv))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from contacts where name like ?", Long.class,
				"Import % " + this.unique))
			.isZero();
	}

	@Test
	void anImportRowWithTheEmailOfAnExistingContactIsRefusedWhateverItsCase() throws Exception {
		TestData.contact("Existing " + this.unique)
			.with("email", "Known-" + this.unique + "@Example.test")
			.insert(this.jdbc);
		String csv = "kind,name,email\n" + "blogger,Import A " + this.unique + ",KNOWN-" + this.unique
				+ "@example.TEST\n" + "blogger,Import B " + this.unique + ",new-" + this.unique + "@example.test\n";
		this.mvc.perform(multipart("/contacts/import").file(file(csv)).with(user(this.lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.containsString("Line 2: a contact with this e-mail address exists already.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Line 3:"))));
	}

	@Test
	void aCorrectImportIsPreviewedThenSavedWhole() throws Exception {
		String csv = "Kind,Name,Outlet,Email,Handles,State,Owner\n" + "blogger,Import A " + this.unique + ",Blog A,a-"
				+ this.unique + "@example.test,@a" + this.unique + ",engaged," + this.lead.getUsername() + "\n"
				+ "community manager,Import B " + this.unique + ",Forum B,,,do not contact,\n";
		this.mvc.perform(multipart("/contacts/import").file(file(csv)).with(user(this.lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Import 2 contacts")));
		assertThat(this.jdbc.queryForObject("select count(*) from contacts where name like ?", Long.class,
				"Import % " + this.unique))
			.isZero();
		this.mvc.perform(post("/contacts/import/confirm").with(user(this.lead)).with(csrf()).param("csv", csv))
			.andExpect(redirectedUrlPattern("/contacts*"));
		assertThat(this.jdbc.queryForList("select state from contacts where name like ? order by name", String.class,
				"Import % " + this.unique))
			.containsExactly("ENGAGED", "DO_NOT_CONTACT");
		assertThat(this.jdbc.queryForObject(
				"select u.email from contacts c join users u on u.id = c.owner_id " + "where c.name = ?", String.class,
				"Import A " + this.unique))
			.isEqualTo(this.lead.getUsername());
	}

	@Test
	void theListExportsAsCsvWithTheFilters() throws Exception {
		contact("Csv " + this.unique, "CRITIC", null);
		String body = this.mvc
			.perform(get("/contacts").param("format", "csv").param("q", "csv " + this.unique).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("contacts.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("kind,name,outlet").contains("Csv " + this.unique).contains("CRITIC");
		assertThat(body.lines()).hasSize(2);
	}

	@Test
	void aLongTimelineIsShownAPageAtATime() throws Exception {
		long id = contact("Timeline " + this.unique, "ENGAGED", null);
		this.jdbc.update("""
				insert into interactions (contact_id, kind, occurred_on, summary, created_at, created_by, updated_at,
				                          updated_by)
				select ?, 'EMAIL', current_date - g, 'Talk number ' || g || '.', now(), 'test', now(), 'test'
				from generate_series(1, 120) as g""", id);
		this.mvc.perform(get("/contacts/{id}", id).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Talk number 1.")))
			.andExpect(content().string(containsString("Talk number 50.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Talk number 51."))))
			.andExpect(content().string(containsString("Page 1 of 3")));
		this.mvc.perform(get("/contacts/{id}", id).param("page", "99").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Talk number 120.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Talk number 100."))));
	}

	private MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "contacts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private long contact(String name, String state, Long ownerId) {
		return TestData.contact(name).with("state", state).with("owner_id", ownerId).insert(this.jdbc);
	}

	private long count(String name) {
		return this.jdbc.queryForObject("select count(*) from contacts where name = ?", Long.class, name);
	}

	private long interactions(long contactId) {
		return this.jdbc.queryForObject("select count(*) from interactions where contact_id = ?", Long.class,
				contactId);
	}

}
