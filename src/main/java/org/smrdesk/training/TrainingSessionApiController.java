package org.smrdesk.training;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.training.TrainingApiController.EnrolmentJson;
import org.smrdesk.training.TrainingApiController.SessionJson;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions and their enrolments for other tools, with the session page's rules (the
 * services'): the lead plans and changes sessions and enrols or withdraws other people;
 * the lead and the training's trainer mark attendance once the session has begun; the
 * roster is for the lead, managers and the trainer. Changes take the record's
 * {@code ETag} in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/trainings")
@PreAuthorize("hasRole('LEAD')")
class TrainingSessionApiController {

	private final TrainingService trainings;

	private final EnrolmentService enrolments;

	private final SessionRoster rosters;

	TrainingSessionApiController(TrainingService trainings, EnrolmentService enrolments, SessionRoster rosters) {
		this.trainings = trainings;
		this.enrolments = enrolments;
		this.rosters = rosters;
	}

	/**
	 * Plans a session of a training (not in the past).
	 * @param trainingId the training
	 * @param request when, where and how many
	 * @param user the lead
	 * @return the session
	 */
	@PostMapping("/{trainingId}/sessions")
	ResponseEntity<SessionJson> create(@PathVariable Long trainingId, @Valid @RequestBody SessionRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		TrainingSession session = this.trainings.createSession(trainingId, request.toPlan(null));
		return ResponseEntity.created(URI.create("/api/v1/trainings/sessions/" + session.getId()))
			.eTag(ApiVersions.etag(session.getVersion()))
			.body(json(session.getId(), user));
	}

	/**
	 * Changes a session; the capacity may not fall below the people enrolled (422), and a
	 * larger one moves people up from the waiting list.
	 * @param id the session
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request when, where and how many
	 * @param user the lead
	 * @return the session with its new {@code ETag}
	 */
	@PutMapping("/sessions/{id}")
	ResponseEntity<SessionJson> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SessionRequest request, @AuthenticationPrincipal CurrentUser user) {
		Long expected = ApiVersions.expected(ifMatch, this.trainings.getSession(id).getVersion());
		TrainingSession session = this.trainings.updateSession(id, request.toPlan(expected));
		return ApiVersions.tagged(json(id, user), session.getVersion());
	}

	/**
	 * One enrolment of a session's roster, tagged for {@code If-Match}.
	 * @param id the session
	 * @param enrolmentId the enrolment
	 * @param user the lead, a manager or the trainer
	 * @return the enrolment
	 */
	@GetMapping("/sessions/{id}/enrolments/{enrolmentId}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<EnrolmentJson> enrolment(@PathVariable Long id, @PathVariable Long enrolmentId,
			@AuthenticationPrincipal CurrentUser user) {
		Enrolment enrolment = this.rosters.enrolment(this.trainings.getSession(id), enrolmentId, user);
		return ApiVersions.tagged(EnrolmentJson.of(enrolment), enrolment.getVersion());
	}

	/**
	 * Enrols someone else: a place, or the waiting list when the session is full; refused
	 * once it has begun or when they are enrolled already (422).
	 * @param id the session
	 * @param request who
	 * @param user the lead
	 * @return their enrolment
	 */
	@PostMapping("/sessions/{id}/enrolments")
	ResponseEntity<EnrolmentJson> enrolSomeone(@PathVariable Long id, @Valid @RequestBody EnrolRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Long enrolmentId = this.enrolments.enrolSomeone(id, request.userId(), user).getId();
		ResponseEntity<EnrolmentJson> enrolled = enrolment(id, enrolmentId, user);
		return ResponseEntity.created(URI.create("/api/v1/trainings/sessions/" + id + "/enrolments/" + enrolmentId))
			.eTag(enrolled.getHeaders().getETag())
			.body(enrolled.getBody());
	}

	/**
	 * Withdraws someone's enrolment (or their place in the queue) before the session
	 * begins; the first person waiting moves up.
	 * @param id the session
	 * @param enrolmentId the enrolment
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param user the lead
	 * @return the cancelled enrolment
	 */
	@PostMapping("/sessions/{id}/enrolments/{enrolmentId}/withdraw")
	ResponseEntity<EnrolmentJson> withdraw(@PathVariable Long id, @PathVariable Long enrolmentId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		this.enrolments.withdraw(id, enrolmentId, expected(id, enrolmentId, ifMatch, user), user);
		return enrolment(id, enrolmentId, user);
	}

	/**
	 * Records whether an enrolled person came (attended, no-show, or back to registered):
	 * the lead or the training's trainer, once the session has begun.
	 * @param id the session
	 * @param enrolmentId the enrolment
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request the attendance
	 * @param user the lead or the trainer
	 * @return the enrolment with its new {@code ETag}
	 */
	@PostMapping("/sessions/{id}/enrolments/{enrolmentId}/attendance")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<EnrolmentJson> markAttendance(@PathVariable Long id, @PathVariable Long enrolmentId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AttendanceRequest request, @AuthenticationPrincipal CurrentUser user) {
		this.rosters.markAttendance(id, enrolmentId, request.attendance(), expected(id, enrolmentId, ifMatch, user),
				user);
		return enrolment(id, enrolmentId, user);
	}

	/**
	 * The caller's own enrolments, as "My trainings" shows them: upcoming (soonest first)
	 * and past, with attendance.
	 * @param user who asks
	 * @return the enrolments
	 */
	@GetMapping("/mine")
	@PreAuthorize("isAuthenticated()")
	MyTrainingsJson mine(@AuthenticationPrincipal CurrentUser user) {
		return new MyTrainingsJson(this.enrolments.upcomingOf(user.id()).stream().map(MyEnrolmentJson::of).toList(),
				this.enrolments.pastOf(user.id()).stream().map(MyEnrolmentJson::of).toList());
	}

	private Long expected(Long id, Long enrolmentId, String ifMatch, CurrentUser user) {
		return ApiVersions.expected(ifMatch,
				this.rosters.enrolment(this.trainings.getSession(id), enrolmentId, user).getVersion());
	}

	private SessionJson json(Long id, CurrentUser user) {
		TrainingSession session = this.trainings.getSession(id);
		return SessionJson.of(session, this.enrolments.seats(List.of(session), user.id()).get(id));
	}

	/**
	 * The caller's enrolments.
	 *
	 * @param upcoming sessions still to come, soonest first
	 * @param past sessions that have begun
	 */
	record MyTrainingsJson(List<MyEnrolmentJson> upcoming, List<MyEnrolmentJson> past) {
	}

	/**
	 * One of the caller's enrolments with its session.
	 */
	record MyEnrolmentJson(Long enrolmentId, Long sessionId, Long trainingId, String training, Instant startsAt,
			Instant endsAt, String location, EnrolmentStatus status, Attendance attendance) {

		static MyEnrolmentJson of(Enrolment e) {
			TrainingSession s = e.getSession();
			return new MyEnrolmentJson(e.getId(), s.getId(), s.getTraining().getId(), s.getTraining().getTitle(),
					s.getStartsAt(), s.getEndsAt(), s.getLocation(), e.getStatus(), e.getAttendance());
		}

	}

	/**
	 * A session as the lead plans or changes it; the version comes from {@code If-Match}.
	 *
	 * @param startsAt when it starts (ISO 8601 with an offset)
	 * @param durationMinutes how long it lasts (5 to 1,440)
	 * @param location where, or the link of an online session
	 * @param capacity how many places (1 to 10,000)
	 */
	@Schema(example = """
			{"startsAt": "2027-03-04T09:30:00Z", "durationMinutes": 90, "location": "Room 4.12", "capacity": 20}""")
	record SessionRequest(@NotNull Instant startsAt, @NotNull @Min(5) @Max(1440) Integer durationMinutes,
			@NotBlank @Size(max = 300) String location, @NotNull @Min(1) @Max(10000) Integer capacity) {

		SessionPlan toPlan(Long version) {
			return new SessionPlan(this.startsAt, this.durationMinutes, this.location, this.capacity, version);
		}

	}

	/**
	 * Whom the lead enrols.
	 *
	 * @param userId an active user
	 */
	@Schema(example = """
			{"userId": 42}""")
	record EnrolRequest(@NotNull Long userId) {
	}

	/**
	 * Whether an enrolled person came.
	 *
	 * @param attendance ATTENDED, NO_SHOW or REGISTERED (not marked)
	 */
	@Schema(example = """
			{"attendance": "ATTENDED"}""")
	record AttendanceRequest(@NotNull Attendance attendance) {
	}

}
