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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contacts and vendors linked to the awareness feature: a contact's linked activities,
 * the staff rule that follows them, and what a vendor supports.
 */
@IntegrationTest
class ContactActivityLinkTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private UserDetails lead;

	private UserDetails staff;

	private UserDetails otherStaff;

	private String unique;

	private long service;

	private long activity;

	private long contact;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.userDetailsService.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Link Lead"));
		this.staff = this.userDetailsService
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Link Home " + this.unique));
		this.otherStaff = this.userDetailsService
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Link Other " + this.unique));
		this.service = TestData.channel("Link Blogs " + this.unique).insert(this.jdbc);
		this.activity = TestData
			.activity(TestData.department(this.jdbc, "Link Home " + this.unique), this.service,
					TestData.userId(this.jdbc, this.staff.getUsername()))
			.with("kind", "ARTICLE")
			.with("title", "Guest article " + this.unique)
			.insert(this.jdbc);
		this.contact = TestData.contact("Linked blogger " + this.unique).insert(this.jdbc);
	}

	@Test
	void linkingAnActivityThatDoesNotExistSaysSoOnTheContactPage() throws Exception {
		this.mvc
			.perform(post("/contacts/{id}/activities", this.contact).with(user(this.lead))
				.with(csrf())
				.param("activityId", "999999999"))
			.andExpect(redirectedUrl("/contacts/" + this.contact))
			.andExpect(flash().attribute("error", "contact.activity.unknown"));
	}

	@Test
	void theLeadFindsAndLinksAnActivityWhichTheContactPageThenShows() throws Exception {
		assertThat(page("/contacts/" + this.contact + "?activityQuery=guest", this.lead))
			.contains("Guest article " + this.unique, "No linked activity.");
		this.mvc
			.perform(post("/contacts/{id}/activities", this.contact).with(user(this.lead))
				.with(csrf())
				.param("activityId", String.valueOf(this.activity)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/contacts/" + this.contact, this.staff)).contains("Linked activities",
				"Guest article " + this.unique, "Link Blogs " + this.unique);
		assertThat(page("/activities/" + this.activity, this.staff)).contains("Contacts reached",
				"Linked blogger " + this.unique);

		this.mvc
			.perform(post("/contacts/{id}/activities/{a}/delete", this.contact, this.activity).with(user(this.lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from activity_contacts where contact_id = ?", Long.class,
				this.contact))
			.isZero();
	}

	@Test
	void staffLogInteractionsWithContactsLinkedToTheirDepartmentsActivities() throws Exception {
		logCall(this.staff).andExpect(status().isForbidden());
		this.jdbc.update("insert into activity_contacts (activity_id, contact_id) values (?, ?)", this.activity,
				this.contact);
		assertThat(page("/contacts/" + this.contact, this.staff)).contains("Log interaction");
		logCall(this.staff).andExpect(status().is3xxRedirection());
		logCall(this.otherStaff).andExpect(status().isForbidden());
		this.mvc.perform(get("/contacts/{id}", this.contact).with(user(this.otherStaff)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aVendorSupportsServicesAccountsAndActivities() throws Exception {
		long department = TestData.department(this.jdbc, "Link Home " + this.unique);
		long account = TestData
			.account(this.service, "@link" + this.unique, department,
					TestData.userId(this.jdbc, this.staff.getUsername()))
			.insert(this.jdbc);
		String location = this.mvc
			.perform(post("/vendors/new").with(user(this.lead))
				.with(csrf())
				.param("name", "Supporting " + this.unique)
				.param("kind", "MONITORING")
				.param("status", "ACTIVE")
				.param("currency", "EUR")
				.param("serviceIds", String.valueOf(this.service))
				.param("accountIds", String.valueOf(account)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post(location + "/activities").with(user(this.lead))
				.with(csrf())
				.param("activityId", String.valueOf(this.activity)))
			.andExpect(status().is3xxRedirection());
		assertThat(page(location, this.staff)).contains("Link Blogs " + this.unique, "@link" + this.unique,
				"Guest article " + this.unique);
		assertThat(page("/activities/" + this.activity, this.staff)).contains("Supported by",
				"Supporting " + this.unique);
		assertThat(page(location + "/edit", this.lead)).contains("value=\"" + account + "\" selected");

		this.mvc
			.perform(post("/vendors/new").with(user(this.lead))
				.with(csrf())
				.param("name", "Unknown links " + this.unique)
				.param("kind", "MONITORING")
				.param("status", "ACTIVE")
				.param("serviceIds", "999999999"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from vendors where name = ?", Long.class,
				"Unknown links " + this.unique))
			.isZero();
	}

	private org.springframework.test.web.servlet.ResultActions logCall(UserDetails who) throws Exception {
		return this.mvc.perform(post("/contacts/{id}/interactions/new", this.contact).with(user(who))
			.with(csrf())
			.param("kind", "CALL")
			.param("occurredOn", "2026-01-15")
			.param("summary", "Call about the article"));
	}

	private String page(String path, UserDetails who) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
