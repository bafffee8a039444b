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
		TestData.contact("Robin Quill")
			.with("outlet", "Quill Notes")
			.with("topics", topic + " reviews")
			.with("owner_id", ownerId)
			.with("shared", true)
			.insert(this.jdbc);
		TestData.contact("Erased contact")
			.with("kind", "JOURNALIST")
			.with("topics", topic)
			.with("state", "NEUTRAL")
			.sql("erased_at", "now()")
			.insert(this.jdbc);
		TestData.vendor("Listening Post Ltd")
			.with("kind", "MONITORING")
			.with("services", topic + " monitoring")
			.with("primary_contact_id", ownerId)
			.insert(this.jdbc);
		String asker = TestData.user(this.jdbc, Role.STAFF, "Directory askers");

		this.mvc.perform(get("/directory").param("q", topic).with(user(this.userDetails.loadUserByUsername(asker))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Outside contacts"), containsString("Robin Quill"),
					containsString("Quill Notes"), containsString("Blogger"), containsString("Listening Post Ltd"),
					containsString(owner))))
			.andExpect(content().string(not(containsString("Erased contact"))));
	}

}
