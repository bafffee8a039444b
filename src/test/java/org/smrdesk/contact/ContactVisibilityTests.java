package org.smrdesk.contact;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * STAFF see only the contacts they own, those linked to their department's activities and
 * those marked shared; every other contact is invisible in the list, search, CSV export,
 * its page and the directory. Managers and the lead see all.
 */
@IntegrationTest
class ContactVisibilityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void staffSeeOnlyOwnedLinkedAndSharedContactsEverywhere() throws Exception {
		String tag = "Vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String staff = TestData.user(this.jdbc, Role.STAFF, "Visibility Home");
		String other = TestData.user(this.jdbc, Role.STAFF, "Visibility Other");
		long staffId = TestData.userId(this.jdbc, staff);
		long otherId = TestData.userId(this.jdbc, other);
		long home = TestData.department(this.jdbc, "Visibility Home");
		long away = TestData.department(this.jdbc, "Visibility Other");

		long owned = contact(tag + " Owned", staffId, false);
		long linked = contact(tag + " Linked", otherId, false);
		long shared = contact(tag + " Shared", otherId, true);
		long hidden = contact(tag + " Hidden", otherId, false);
		long hiddenLinkedElsewhere = contact(tag + " Elsewhere", null, false);
		link(linked, activity(home, staffId));
		link(hiddenLinkedElsewhere, activity(away, otherId));

		Cookie session = SignIn.session(this.mvc, staff);
		String csv = this.mvc.perform(get("/contacts").param("format", "csv").param("q", tag).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(tag + " Owned", tag + " Linked", tag + " Shared")
			.doesNotContain(tag + " Hidden", tag + " Elsewhere");

		String list = this.mvc.perform(get("/contacts").param("q", tag).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(tag + " Owned", tag + " Linked", tag + " Shared")
			.doesNotContain(tag + " Hidden", tag + " Elsewhere");

		String directory = this.mvc.perform(get("/directory").param("q", tag).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(directory).contains(tag + " Shared").doesNotContain(tag + " Hidden", tag + " Elsewhere");

		this.mvc.perform(get("/contacts/{id}", owned).cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/contacts/{id}", shared).cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/contacts/{id}", hidden).cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/contacts/{id}", hiddenLinkedElsewhere).cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void anotherDepartmentsActivityShowsStaffOnlyTheContactsTheyMaySee() throws Exception {
		String tag = "Vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String staff = TestData.user(this.jdbc, Role.STAFF, "Visibility Home");
		String other = TestData.user(this.jdbc, Role.STAFF, "Visibility Other");
		String manager = TestData.user(this.jdbc, Role.MANAGER, "Visibility Other");
		long staffId = TestData.userId(this.jdbc, staff);
		long otherId = TestData.userId(this.jdbc, other);
		long away = TestData.department(this.jdbc, "Visibility Other");
		long activity = activity(away, otherId);
		link(contact(tag + " Private", otherId, false), activity);
		link(contact(tag + " Shared", otherId, true), activity);
		link(contact(tag + " Mine", staffId, false), activity);

		String page = this.mvc.perform(get("/activities/{id}", activity).cookie(SignIn.session(this.mvc, staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(tag + " Shared", tag + " Mine").doesNotContain(tag + " Private");

		String managersPage = this.mvc
			.perform(get("/activities/{id}", activity).cookie(SignIn.session(this.mvc, manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(managersPage).contains(tag + " Shared", tag + " Mine", tag + " Private");
	}

	@Test
	void managersSeeEveryContact() throws Exception {
		String tag = "Vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String manager = TestData.user(this.jdbc, Role.MANAGER, "Visibility Executive");
		contact(tag + " Hidden", null, false);
		String csv = this.mvc
			.perform(get("/contacts").param("format", "csv").param("q", tag).cookie(SignIn.session(this.mvc, manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(tag + " Hidden");
	}

	@Test
	void contactsOfOneNameArePagedInIdOrderNoneRepeatedOrSkipped() throws Exception {
		String tag = "Vis" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String staff = TestData.user(this.jdbc, Role.STAFF, "Visibility Home");
		long staffId = TestData.userId(this.jdbc, staff);
		java.util.List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ids.add(contact(tag + " Namesake", staffId, false));
		}
		Cookie session = SignIn.session(this.mvc, staff);
		java.util.List<Long> listed = new java.util.ArrayList<>();
		for (int page = 0; page < 2; page++) {
			String html = this.mvc.perform(get("/contacts").param("q", tag).param("page", "" + page).cookie(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"/contacts/(\\d+)\"").matcher(html);
			while (links.find()) {
				listed.add(Long.valueOf(links.group(1)));
			}
		}
		assertThat(listed).containsExactlyElementsOf(ids);
	}

	private long contact(String name, Long ownerId, boolean shared) {
		long id = TestData.contact(name).with("owner_id", ownerId).insert(this.jdbc);
		if (shared) {
			this.jdbc.update("update contacts set shared = true where id = ?", id);
		}
		return id;
	}

	private long activity(long departmentId, long ownerId) {
		String name = "Visibility service " + UUID.randomUUID().toString().substring(0, 8);
		long service = TestData.channel(name).insert(this.jdbc);
		return TestData.activity(departmentId, service, ownerId).with("title", "Visibility post").insert(this.jdbc);
	}

	private void link(long contactId, long activityId) {
		this.jdbc.update("insert into activity_contacts (activity_id, contact_id) values (?, ?)", activityId,
				contactId);
	}

}
