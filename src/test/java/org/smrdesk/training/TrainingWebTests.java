package org.smrdesk.training;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The training pages through the whole application: forms keep input and show errors
 * beside fields, stale saves conflict, attendance belongs to the lead and the trainer.
 */
@IntegrationTest
@Transactional
class TrainingWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private UserDetails as(Role role, String department) {
		return this.users.loadUserByUsername(TestData.user(this.jdbc, role, department));
	}

	@Test
	void aTrainingWithoutTitleOrAudienceShowsErrorsBesideTheFieldsAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/trainings/new").with(user(as(Role.LEAD, "Web Dept")))
				.with(csrf())
				.param("title", "")
				.param("topicKind", "POLICY")
				.param("topic", "Kept topic")
				.param("format", "WEBINAR")
				.param("externalTrainer", "Ada Outside"))
			.andExpect(status().isOk())
			.andExpect(view().name("trainings/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "audienceIds", "NotEmpty"))
			.andExpect(content().string(containsString("value=\"Kept topic\"")))
			.andExpect(content().string(containsString("Choose at least one department.")));
	}

	@Test
	void aTrainingNeedsExactlyOneKindOfTrainerAndLinksAsMaterials() throws Exception {
		long department = TestData.department(this.jdbc, "Web Dept");
		UserDetails lead = as(Role.LEAD, "Web Dept");
		long trainer = TestData.userId(this.jdbc, lead.getUsername());
		this.mvc
			.perform(newTraining(lead, "No trainer", "CULTURE", "WORKSHOP").param("audienceIds",
					String.valueOf(department)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "trainerId", "training.trainer.missing"));
		this.mvc
			.perform(
					newTraining(lead, "Two trainers", "CULTURE", "WORKSHOP").param("trainerId", String.valueOf(trainer))
						.param("externalTrainer", "Ada Outside")
						.param("audienceIds", String.valueOf(department)))
			.andExpect(model().attributeHasFieldErrorCode("form", "externalTrainer", "training.trainer.both"));
		this.mvc
			.perform(newTraining(lead, "Bad materials", "CULTURE", "WORKSHOP").param("externalTrainer", "Ada Outside")
				.param("materials", "https://ok.example.com/a\njavascript:alert(1)")
				.param("audienceIds", String.valueOf(department)))
			.andExpect(model().attributeHasFieldErrorCode("form", "materials", "training.materials.invalid"));
		this.mvc
			.perform(newTraining(lead, "Good training", "CULTURE", "WORKSHOP")
				.param("trainerId", String.valueOf(trainer))
				.param("materials", "https://ok.example.com/a\n\n https://ok.example.com/b ")
				.param("audienceIds", String.valueOf(department)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/trainings/*"))
			.andExpect(flash().attribute("message", "training.created"));
		assertThat(
				this.jdbc.queryForObject("select materials from trainings where title = 'Good training'", String.class))
			.isEqualTo("https://ok.example.com/a\nhttps://ok.example.com/b");
	}

	@Test
	void savingATrainingOpenedBeforeSomeoneElseSavedItShowsTheConflictAndWhatIsStoredNow() throws Exception {
		long department = TestData.department(this.jdbc, "Web Dept");
		long training = TrainingFixtures.training(this.jdbc, "Stale", false, null, department);
		this.jdbc.update("update trainings set version = 3 where id = ?", training);
		this.mvc
			.perform(post("/trainings/{id}/edit", training).with(user(as(Role.LEAD, "Web Dept")))
				.with(csrf())
				.param("version", "2")
				.param("title", "My change")
				.param("topicKind", "CULTURE")
				.param("format", "WORKSHOP")
				.param("externalTrainer", "Ada Outside")
				.param("audienceIds", String.valueOf(department)))
			.andExpect(status().isOk())
			.andExpect(view().name("trainings/form"))
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("value=\"My change\"")))
			.andExpect(content().string(containsString("Stored now: Stale")))
			.andExpect(content().string(containsString("value=\"3\"")));
	}

	@Test
	void aSessionFormRefusesAPastStartAndANonsenseDateWithoutA500() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Sessions", false, null,
				TestData.department(this.jdbc, "Web Dept"));
		UserDetails lead = as(Role.LEAD, "Web Dept");
		this.mvc
			.perform(post("/trainings/{id}/sessions/new", training).with(user(lead))
				.with(csrf())
				.param("startsAt", "2001-01-01T10:00")
				.param("durationMinutes", "60")
				.param("location", "Room 1")
				.param("capacity", "10"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "startsAt", "training.session.startsInPast"));
		this.mvc
			.perform(post("/trainings/{id}/sessions/new", training).with(user(lead))
				.with(csrf())
				.param("startsAt", "next tuesday")
				.param("durationMinutes", "lots")
				.param("location", "Room 1")
				.param("capacity", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "startsAt", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "durationMinutes", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "capacity", "Min"))
			.andExpect(content().string(containsString("value=\"Room 1\"")));
		this.mvc
			.perform(post("/trainings/{id}/sessions/new", training).with(user(lead))
				.with(csrf())
				.param("startsAt", "2031-05-04T09:30")
				.param("durationMinutes", "60")
				.param("location", "Room 1")
				.param("capacity", "10"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject(
				"select starts_at = timestamptz '2031-05-04 07:30:00+00' from training_sessions where training_id = ?",
				Boolean.class, training))
			.as("09:30 in Europe/Berlin (summer time) is stored as 07:30 UTC")
			.isTrue();
	}

	@Test
	void theTrainerAndTheLeadMarkAttendanceButOtherStaffCannot() throws Exception {
		UserDetails trainer = as(Role.STAFF, "Web Dept");
		UserDetails otherStaff = as(Role.STAFF, "Web Dept");
		UserDetails attendee = as(Role.STAFF, "Web Dept");
		long training = TrainingFixtures.training(this.jdbc, "Marked", false,
				TestData.userId(this.jdbc, trainer.getUsername()), TestData.department(this.jdbc, "Web Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().minus(Duration.ofHours(2)), 10);
		long enrolment = this.jdbc.queryForObject("""
				insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
				                                 created_at, created_by, updated_at, updated_by)
				values (?, ?, 'ENROLLED', 'REGISTERED', now(), now(), 'test', now(), 'test') returning id""",
				Long.class, session, TestData.userId(this.jdbc, attendee.getUsername()));

		this.mvc.perform(mark(session, enrolment, "ATTENDED").with(user(otherStaff))).andExpect(status().isForbidden());
		this.mvc.perform(mark(session, enrolment, "NO_SHOW").with(user(trainer)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "training.attendance.saved"));
		assertThat(attendance(enrolment)).isEqualTo("NO_SHOW");
		this.mvc.perform(mark(session, enrolment, "ATTENDED").with(user(as(Role.LEAD, "Web Dept"))))
			.andExpect(status().isFound());
		assertThat(attendance(enrolment)).isEqualTo("ATTENDED");
		this.mvc.perform(get("/trainings/sessions/{id}", session).with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Export attendance (CSV)")))
			// one form for the roster, each button posting to its enrolment
			.andExpect(content().string(containsString("id=\"attendance-form\"")))
			.andExpect(content().string(containsString(
					"form=\"attendance-form\" name=\"attendance\" value=\"NO_SHOW\" formaction=\"/trainings/sessions/"
							+ session + "/enrolments/" + enrolment + "/attendance\"")));
		this.mvc.perform(get("/trainings/sessions/{id}", session).with(user(otherStaff)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Export attendance (CSV)"))));
		this.mvc.perform(get("/trainings/sessions/{id}?format=csv", session).with(user(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(attendee.getUsername())))
			.andExpect(content().string(containsString("ATTENDED")));
	}

	@Test
	void attendanceWaitsUntilTheSessionHasBegun() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Later", false, null,
				TestData.department(this.jdbc, "Web Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().plus(Duration.ofDays(1)), 10);
		UserDetails staff = as(Role.STAFF, "Web Dept");
		this.mvc.perform(post("/trainings/sessions/{id}/enrol", session).with(user(staff)).with(csrf()))
			.andExpect(flash().attribute("message", "training.enrol.enrolled"));
		long enrolment = this.jdbc.queryForObject("select id from training_enrolments where session_id = ?", Long.class,
				session);
		this.mvc.perform(mark(session, enrolment, "ATTENDED").with(user(as(Role.LEAD, "Web Dept"))))
			.andExpect(flash().attribute("error", "training.attendance.notYet"));
	}

	@Test
	void aFullSessionPutsTheNextPersonOnTheWaitingListWithAClearMessage() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Small", false, null,
				TestData.department(this.jdbc, "Web Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().plus(Duration.ofDays(1)), 1);
		this.mvc
			.perform(
					post("/trainings/sessions/{id}/enrol", session).with(user(as(Role.STAFF, "Web Dept"))).with(csrf()))
			.andExpect(flash().attribute("message", "training.enrol.enrolled"));
		UserDetails second = as(Role.STAFF, "Web Dept");
		this.mvc.perform(post("/trainings/sessions/{id}/enrol", session).with(user(second)).with(csrf()))
			.andExpect(flash().attribute("error", "training.enrol.full"));
		this.mvc.perform(get("/trainings/sessions/{id}", session).with(user(second)))
			.andExpect(content().string(containsString("you are number 1 on the waiting list")));
		this.mvc.perform(post("/trainings/sessions/{id}/enrol", session).with(user(second)).with(csrf()))
			.andExpect(flash().attribute("error", "training.enrol.already"));
	}

	private static MockHttpServletRequestBuilder mark(long session, long enrolment, String attendance) {
		return post("/trainings/sessions/{id}/enrolments/{eid}/attendance", session, enrolment)
			.param("attendance", attendance)
			.with(csrf());
	}

	private String attendance(long enrolment) {
		return this.jdbc.queryForObject("select attendance from training_enrolments where id = ?", String.class,
				enrolment);
	}

	@Test
	void moreRoomMovesTheWaitingListUpAndLessRoomThanEnrolledIsRefused() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Grow", false, null,
				TestData.department(this.jdbc, "Web Dept"));
		long session = TrainingFixtures.session(this.jdbc, training, Instant.now().plus(Duration.ofDays(2)), 1);
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/trainings/sessions/{id}/enrol", session).with(user(as(Role.STAFF, "Web Dept")))
				.with(csrf()));
		}
		UserDetails lead = as(Role.LEAD, "Web Dept");
		String start = java.time.LocalDateTime
			.ofInstant(Instant.now().plus(Duration.ofDays(2)), java.time.ZoneId.of("Europe/Berlin"))
			.withSecond(0)
			.withNano(0)
			.toString();
		long version = this.jdbc.queryForObject("select version from training_sessions where id = ?", Long.class,
				session);

		this.mvc
			.perform(post("/trainings/sessions/{id}/edit", session).with(user(lead))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("startsAt", start)
				.param("durationMinutes", "60")
				.param("location", "Bigger room")
				.param("capacity", "2"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "training.session.updated"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from training_enrolments where session_id = ? and status = 'ENROLLED'", Long.class,
				session))
			.isEqualTo(2L);

		this.mvc
			.perform(post("/trainings/sessions/{id}/edit", session).with(user(lead))
				.with(csrf())
				.param("version", String.valueOf(version + 1))
				.param("startsAt", start)
				.param("durationMinutes", "60")
				.param("location", "Small room")
				.param("capacity", "1"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("form", "capacity", "training.session.capacity.belowEnrolled"));
		this.mvc
			.perform(post("/trainings/sessions/{id}/edit", session).with(user(lead))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("startsAt", start)
				.param("durationMinutes", "60")
				.param("location", "Stale room")
				.param("capacity", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("value=\"Stale room\"")));
	}

	@Test
	void aTrainingAboutAServiceOrAPolicyMustNameAKnownOne() throws Exception {
		this.mvc
			.perform(newTraining(as(Role.LEAD, "Web Dept"), "About a service", "SERVICE", "WEBINAR")
				.param("externalTrainer", "Ada Outside")
				.param("audienceIds", String.valueOf(TestData.department(this.jdbc, "Web Dept"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "serviceId", "training.service.missing"));
		this.mvc
			.perform(newTraining(as(Role.LEAD, "Web Dept"), "About a policy", "POLICY", "WEBINAR")
				.param("policyId", "999999999")
				.param("externalTrainer", "Ada Outside")
				.param("audienceIds", String.valueOf(TestData.department(this.jdbc, "Web Dept"))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "policyId", "training.policy.unknown"));
	}

	@Test
	void aVendorCanGiveATrainingButNotTogetherWithAUser() throws Exception {
		long department = TestData.department(this.jdbc, "Web Dept");
		UserDetails lead = as(Role.LEAD, "Web Dept");
		long vendor = TestData.vendor("Teachwell " + java.util.UUID.randomUUID())
			.with("kind", "TRAINING")
			.insert(this.jdbc);
		this.mvc
			.perform(newTraining(lead, "User and vendor", "CULTURE", "WORKSHOP")
				.param("trainerId", String.valueOf(TestData.userId(this.jdbc, lead.getUsername())))
				.param("vendorId", String.valueOf(vendor))
				.param("audienceIds", String.valueOf(department)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "vendorId", "training.trainer.both"));
		this.mvc
			.perform(newTraining(lead, "Given by a vendor", "TECHNOLOGY", "WEBINAR")
				.param("vendorId", String.valueOf(vendor))
				.param("externalTrainer", "Ada Outside")
				.param("audienceIds", String.valueOf(department)))
			.andExpect(status().isFound());
		long training = this.jdbc.queryForObject("select id from trainings where title = 'Given by a vendor'",
				Long.class);
		this.mvc.perform(get("/trainings/{id}", training).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ada Outside (Teachwell ")));
	}

	/**
	 * The lead's "new training" form post, signed in and with a CSRF token; add the other
	 * fields to it.
	 */
	private static MockHttpServletRequestBuilder newTraining(UserDetails who, String title, String topicKind,
			String format) {
		return post("/trainings/new").with(user(who))
			.with(csrf())
			.param("title", title)
			.param("topicKind", topicKind)
			.param("format", format);
	}

}
