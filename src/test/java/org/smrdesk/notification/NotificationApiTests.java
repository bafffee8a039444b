package org.smrdesk.notification;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caller's in-app notifications through the API, as the bell and the list page have
 * them: newest first, the unread filter and count, marking one or all read; another
 * person's notifications are not found.
 */
@IntegrationTest
class NotificationApiTests {

	@Autowired
	private ApiTestClient api;

	private Caller staff;

	private Caller other;

	@BeforeEach
	void data() {
		String department = "Api Notes " + UUID.randomUUID().toString().substring(0, 8);
		this.staff = this.api.newUser(Role.STAFF, department);
		this.other = this.api.newUser(Role.LEAD, department);
	}

	@Test
	void theCallerListsCountsAndMarksTheirOwnNotifications() throws Exception {
		long first = note(this.staff, "First", 2);
		long second = note(this.staff, "Second", 1);
		note(this.staff, "Third", 0);
		long others = note(this.other, "Not yours", 0);

		this.staff.get("/api/v1/notifications?size=2")
			.andExpect(status().isOk())
			.andExpect(header().exists("Link"))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].subject").value("Third"))
			.andExpect(jsonPath("$.content[1].subject").value("Second"))
			.andExpect(jsonPath("$.page.totalElements").value(3));
		this.staff.get("/api/v1/notifications/unread-count")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(3));

		this.staff.post("/api/v1/notifications/" + first + "/read")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject").value("First"))
			.andExpect(jsonPath("$.readAt").exists());
		this.staff.post("/api/v1/notifications/" + first + "/read").andExpect(status().isOk());
		this.staff.get("/api/v1/notifications?unread=true")
			.andExpect(jsonPath("$.content[*].subject").value(org.hamcrest.Matchers.contains("Third", "Second")));
		this.staff.get("/api/v1/notifications/" + second)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readAt").doesNotExist());

		this.staff.post("/api/v1/notifications/read-all")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(2));
		this.staff.get("/api/v1/notifications/unread-count").andExpect(jsonPath("$.unread").value(0));
		this.staff.get("/api/v1/notifications?unread=true").andExpect(jsonPath("$.content.length()").value(0));
		assertThat(unread(others)).isTrue();
	}

	@Test
	void anotherPersonsNotificationIsNotFound() throws Exception {
		long others = note(this.other, "Not yours", 0);
		this.staff.get("/api/v1/notifications/" + others).andExpect(problem(404));
		this.staff.post("/api/v1/notifications/" + others + "/read").andExpect(problem(404));
		this.staff.post("/api/v1/notifications/999999999/read").andExpect(problem(404));
		this.staff.get("/api/v1/notifications?sort=subject").andExpect(problem(400));
		this.api.anonymous().get("/api/v1/notifications").andExpect(status().isUnauthorized());
		assertThat(unread(others)).isTrue();
		this.other.get("/api/v1/notifications/" + others).andExpect(status().isOk());
	}

	private long note(Caller to, String subject, int minutesAgo) {
		return this.api.jdbc()
			.queryForObject("""
					insert into notifications (user_id, kind, subject, body, link, dedup_key, created_at)
					values (?, 'INCIDENT_REPORTED', ?, 'A new incident was reported.', '/incidents', ?,
					        now() - make_interval(mins => ?)) returning id""", Long.class, to.id(), subject,
					UUID.randomUUID().toString(), minutesAgo);
	}

	private boolean unread(long id) {
		return Boolean.TRUE.equals(this.api.jdbc()
			.queryForObject("select read_at is null from notifications where id = ?", Boolean.class, id));
	}

}
