package org.smrdesk.incident;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One time-zone story: a lead in New York and a manager in Berlin read the same incident
 * across Europe's change to summer time (2026-03-29 01:00 UTC) and see the same instants,
 * each in their own zone with its name; times are typed in the user's zone; a time in a
 * DST gap and a back-dated status change before detection are refused beside the field,
 * with the input kept.
 */
@IntegrationTest
class TimeZoneWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IncidentService incidents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private CurrentUser newYork;

	private CurrentUser berlin;

	private Incident incident;

	@BeforeEach
	void usersInTwoZones() throws Exception {
		IncidentFixtures fixtures = new IncidentFixtures(this.jdbc, this.userDetails);
		this.newYork = fixtures.user(Role.LEAD, "Zone Communications");
		this.berlin = fixtures.user(Role.MANAGER, "Zone Executive");
		this.mvc.perform(
				post("/account/time-zone").param("timeZone", "America/New_York").with(user(this.newYork)).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		this.mvc
			.perform(post("/account/time-zone").param("timeZone", "Europe/Berlin").with(user(this.berlin)).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		IncidentForm form = IncidentFixtures.report("Zones");
		this.incident = this.incidents.report(form, this.newYork);
	}

	private String path() {
		return "/incidents/" + this.incident.getId();
	}

	@Test
	void newYorkAndBerlinSeeTheSameInstantsInTheirZonesAcrossADstChange() throws Exception {
		// Detected 00:30 UTC, before Berlin's change; triaged 01:30 UTC, after it.
		this.jdbc.update("update incidents set detected_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.parse("2026-03-29T00:30:00Z")), this.incident.getId());
		// Typed by the New York lead in New York time: 21:30 EDT is 01:30 UTC.
		this.mvc
			.perform(post(path() + "/status").param("status", "TRIAGE")
				.param("version", String.valueOf(this.incident.getVersion()))
				.param("occurredAt", "2026-03-28T21:30")
				.with(user(this.newYork))
				.with(csrf()))
			.andExpect(redirectedUrl(path()));
		assertThat(this.jdbc
			.queryForObject(
					"select occurred_at from incident_timeline_entries where incident_id = ? and to_status = 'TRIAGE'",
					java.sql.Timestamp.class, this.incident.getId())
			.toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));

		this.mvc.perform(get(path()).with(user(this.newYork)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-03-28 20:30 EDT")))
			.andExpect(content().string(containsString("2026-03-28 21:30 EDT")));
		this.mvc.perform(get(path()).with(user(this.berlin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-03-29 01:30 CET")))
			.andExpect(content().string(containsString("2026-03-29 03:30 CEST")))
			// a time shown in New York's zone reads "… 20:30 EDT"; the bare letters may
			// also occur by chance in the page's random CSRF token
			.andExpect(content().string(not(containsString(" EDT"))));
		this.mvc.perform(get(path() + "/print").with(user(this.berlin)))
			.andExpect(content().string(containsString("2026-03-29 03:30 CEST")));
	}

	@Test
	void aTimeInTheDstGapIsRefusedBesideTheFieldWithTheInputKept() throws Exception {
		this.jdbc.update("update incidents set detected_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.parse("2026-03-28T00:00:00Z")), this.incident.getId());
		// 02:30 on 2026-03-29 does not exist in Berlin: the clocks went from 02:00 to
		// 03:00.
		this.mvc
			.perform(post(path() + "/status").param("status", "TRIAGE")
				.param("version", String.valueOf(this.incident.getVersion()))
				.param("occurredAt", "2026-03-29T02:30")
				.with(user(this.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "occurredAt", "time.gap"))
			.andExpect(content().string(containsString("the clocks were put forward")))
			.andExpect(content().string(containsString("value=\"2026-03-29T02:30\"")));
		assertThat(this.incidents.get(this.incident.getId(), this.newYork).getStatus())
			.isEqualTo(IncidentStatus.REPORTED);
	}

	@Test
	void aStatusChangeBeforeDetectionIsRefusedBesideTheFieldWithTheInputKept() throws Exception {
		this.jdbc.update("update incidents set detected_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.parse("2009-04-13T14:00:00Z")), this.incident.getId());
		this.mvc
			.perform(post(path() + "/status").param("status", "TRIAGE")
				.param("version", String.valueOf(this.incident.getVersion()))
				.param("note", "Seen on Monday")
				.param("occurredAt", "2009-04-12T09:00")
				.with(user(this.newYork))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "occurredAt",
					"incident.occurredAt.beforeDetection"))
			.andExpect(content().string(containsString("before the incident was detected")))
			.andExpect(content().string(containsString("value=\"2009-04-12T09:00\"")))
			.andExpect(content().string(containsString("value=\"Seen on Monday\"")));
		this.mvc
			.perform(post(path() + "/status").param("status", "TRIAGE")
				.param("version", String.valueOf(this.incident.getVersion()))
				.param("occurredAt", "2999-04-12T09:00")
				.with(user(this.newYork))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("statusForm", "occurredAt", "time.future"));
	}

	@Test
	void anUnknownZoneIsRefusedOnTheAccountPage() throws Exception {
		this.mvc
			.perform(post("/account/time-zone").param("timeZone", "Mars/Olympus").with(user(this.berlin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown time zone")))
			.andExpect(content().string(containsString("value=\"Mars/Olympus\"")));
	}

	private CurrentUser lead() {
		// A second lead, in Berlin, for the gap.
		CurrentUser lead = new IncidentFixtures(this.jdbc, this.userDetails).user(Role.LEAD, "Zone Communications");
		this.jdbc.update("update users set time_zone = 'Europe/Berlin' where id = ?", lead.id());
		return lead;
	}

}
