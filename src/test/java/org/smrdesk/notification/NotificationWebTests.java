package org.smrdesk.notification;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.incident.IncidentService;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell, the list, preferences, the outbox page and the unsubscribe link, through the
 * web layer with the real security rules.
 */
@IntegrationTest
class NotificationWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IncidentService incidents;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private CurrentUser lead;

	private CurrentUser staff;

	private String title;

	@BeforeEach
	void reported() {
		this.lead = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Web Communications"));
		this.staff = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Web Customer Care"));
		this.title = "Web bell " + UUID.randomUUID();
		this.incidents.report(NotificationFlowTests.form(this.title), this.staff);
	}

	@Test
	void theBellCountsUnreadNotificationsAndOpeningOneMarksItRead() throws Exception {
		this.mvc.perform(get("/notifications/bell").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 unread notifications")));
		this.mvc.perform(get("/notifications").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New incident: " + this.title)));
		long id = this.jdbc.queryForObject("select id from notifications where user_id = ?", Long.class,
				this.lead.id());
		long incident = this.jdbc.queryForObject("select id from incidents where title = ?", Long.class, this.title);
		// someone else cannot mark it
		this.mvc.perform(post("/notifications/{id}/read", id).with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(unread(this.lead)).isEqualTo(1);
		this.mvc.perform(post("/notifications/{id}/read", id).with(user(this.lead)).with(csrf()))
			.andExpect(redirectedUrl("/incidents/" + incident));
		assertThat(unread(this.lead)).isZero();
		this.mvc.perform(get("/notifications/bell").with(user(this.lead)))
			.andExpect(content().string(containsString("0 unread notifications")))
			.andExpect(content().string(not(containsString("badge rounded-pill"))));
	}

	@Test
	void markAllReadMarksOnlyMine() throws Exception {
		this.incidents.report(NotificationFlowTests.form("Web other " + UUID.randomUUID()), this.lead);
		this.mvc.perform(post("/notifications/read-all").with(user(this.lead)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(unread(this.lead)).isZero();
	}

	@Test
	void theUnsubscribeLinkWorksWithoutSigningInAndOnlyForItsKind() throws Exception {
		String url = this.jdbc.queryForObject(
				"select unsubscribe_url from mail_outbox where user_id = ? and kind = 'INCIDENT_REPORTED'",
				String.class, this.lead.id());
		String token = url.substring(url.indexOf("token=") + "token=".length());
		this.mvc.perform(get("/notifications/unsubscribe").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New incident")));
		assertThat(preference("INCIDENT_REPORTED")).as("a GET changes nothing").isNull();
		String otherKind = token.replace("INCIDENT_REPORTED", "INCIDENT_ASSIGNED");
		this.mvc.perform(post("/notifications/unsubscribe").param("token", otherKind)).andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/unsubscribe").param("token", "x.y.z")).andExpect(status().isNotFound());
		// one click from a mail client: no session, no CSRF token
		this.mvc.perform(post("/notifications/unsubscribe").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no longer get the e-mails")));
		assertThat(preference("INCIDENT_REPORTED")).isEqualTo("OFF");
		assertThat(preference("INCIDENT_ASSIGNED")).isNull();
	}

	@Test
	void preferencesAreSavedPerKindAndAWrongValueIsRefusedBesideTheForm() throws Exception {
		this.mvc.perform(get("/account").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"kind.SPIKE_ALERT\"")));
		this.mvc
			.perform(post("/account/notifications").with(user(this.lead))
				.with(csrf())
				.param("kind.SPIKE_ALERT", "DIGEST")
				.param("kind.TRAINING_TOMORROW", "OFF"))
			.andExpect(redirectedUrl("/account/notifications"));
		assertThat(preference("SPIKE_ALERT")).isEqualTo("DIGEST");
		assertThat(preference("TRAINING_TOMORROW")).isEqualTo("OFF");
		this.mvc
			.perform(post("/account/notifications").with(user(this.lead))
				.with(csrf())
				.param("kind.SPIKE_ALERT", "SOMETIMES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose off, at once or daily digest")));
		assertThat(preference("SPIKE_ALERT")).isEqualTo("DIGEST");
	}

	@Test
	void theLeadSeesTheOutboxWithStatusAndReason() throws Exception {
		long id = this.jdbc.queryForObject("select id from mail_outbox where user_id = ? and subject = ?", Long.class,
				this.lead.id(), "New incident: " + this.title);
		this.jdbc.update("update mail_outbox set status = 'FAILED', attempts = 8, last_error = ? where id = ?",
				"550 mailbox unavailable", id);
		this.mvc.perform(get("/notifications/outbox").param("status", "FAILED").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("550 mailbox unavailable")))
			.andExpect(content().string(containsString("No SMTP server is configured")));
		this.mvc.perform(post("/notifications/outbox/{id}/retry", id).with(user(this.lead)).with(csrf()))
			.andExpect(redirectedUrl("/notifications/outbox/" + id));
		assertThat(this.jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id))
			.isEqualTo("QUEUED");
		this.mvc.perform(get("/notifications/outbox").with(user(this.staff))).andExpect(status().isForbidden());
	}

	private int unread(CurrentUser user) {
		return this.jdbc.queryForObject("select count(*) from notifications where user_id = ? and read_at is null",
				Integer.class, user.id());
	}

	private String preference(String kind) {
		return this.jdbc.query("select delivery from notification_preferences where user_id = ? and kind = ?",
				(rs) -> rs.next() ? rs.getString(1) : null, this.lead.id(), kind);
	}

}
