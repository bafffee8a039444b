package org.smrdesk.directory;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Who do I call?" also answers with outside contacts (and their relationship owner) and
 * vendors (and the company's primary contact), never with erased contacts.
 */
@IntegrationTest
class DirectoryOutsideSourcesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	@Test
	void aTopicFindsTheBloggerTheVendorAndWhoInsideOwnsThem() throws Exception {
		String topic = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String owner = TestData.user(this.jdbc, Role.STAFF, "Directory Owners");
		long ownerId = TestData.userId(this.jdbc, owner);
		this.jdbc
			.update("""
					insert into contacts (kind, name, outlet, topics, state, owner_id, shared, created_at, created_by, updated_at, updated_by)
					values ('BLOGGER', 'Robin Quill', 'Quill Notes', ?, 'ENGAGED', ?, true, now(), 't', now(), 't')""",
					topic + " reviews", ownerId);
		this.jdbc.update(
				"""
						insert into contacts (kind, name, topics, state, erased_at, created_at, created_by, updated_at, updated_by)
						values ('JOURNALIST', 'Erased contact', ?, 'NEUTRAL', now(), now(), 't', now(), 't')""",
				topic);
		this.jdbc.update(
				"""
						insert into vendors (name, kind, services, status, primary_contact_id, created_at, created_by, updated_at, updated_by)
						values ('Listening Post Ltd', 'MONITORING', ?, 'ACTIVE', ?, now(), 't', now(), 't')""",
				topic + " monitoring", ownerId);
		String asker = TestData.user(this.jdbc, Role.STAFF, "Directory askers");

		this.mvc.perform(get("/directory").param("q", topic).with(user(this.userDetails.loadUserByUsername(asker))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Outside contacts"), containsString("Robin Quill"),
					containsString("Quill Notes"), containsString("Blogger"), containsString("Listening Post Ltd"),
					containsString(owner))))
			.andExpect(content().string(not(containsString("Erased contact"))));
	}

}
