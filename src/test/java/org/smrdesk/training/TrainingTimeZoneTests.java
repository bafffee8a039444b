package org.smrdesk.training;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Training times follow the one time-zone story: shown in the signed-in user's zone, with
 * the zone, like every other time.
 */
@IntegrationTest
class TrainingTimeZoneTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private UserDetails lead(String zone) {
		String email = TestData.user(this.jdbc, Role.LEAD, "Zone Training");
		this.jdbc.update("update users set time_zone = ? where email = ?", zone, email);
		return this.users.loadUserByUsername(email);
	}

	@Test
	void aNewYorkUserAndABerlinUserSeeTheSameSessionInTheirZones() throws Exception {
		long department = TestData.department(this.jdbc, "Zone Training");
		long training = TrainingFixtures.training(this.jdbc, "Zone " + UUID.randomUUID(), false, null, department);
		// 2031-03-30 14:00 UTC: Berlin already on summer time (CEST), New York since 9
		// March (EDT)
		long session = TrainingFixtures.session(this.jdbc, training, Instant.parse("2031-03-30T14:00:00Z"), 10);
		this.mvc.perform(get("/trainings/{id}", training).with(user(lead("America/New_York"))))
			.andExpect(content().string(containsString("2031-03-30 10:00 EDT")));
		this.mvc.perform(get("/trainings/{id}", training).with(user(lead("Europe/Berlin"))))
			.andExpect(content().string(containsString("2031-03-30 16:00 CEST")));
		this.mvc.perform(get("/trainings/sessions/{id}", session).with(user(lead("America/New_York"))))
			.andExpect(content().string(containsString("America/New_York")));
	}

}
