package org.smrdesk.training;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trainings, their sessions and the caller's enrolments for other tools, with the pages'
 * rules (the services'): everyone reads the catalogue and enrols; the lead creates and
 * changes trainings; the roster is for those the session page shows it to.
 */
@RestController
@RequestMapping("/api/v1/trainings")
@PreAuthorize("isAuthenticated()")
class TrainingApiController {

	private final TrainingService trainings;

	private final EnrolmentService enrolments;

	private final SessionRoster rosters;

	TrainingApiController(TrainingService trainings, EnrolmentService enrolments, SessionRoster rosters) {
		this.trainings = trainings;
		this.enrolments = enrolments;
		this.rosters = rosters;
	}

	@CachedPage
	@GetMapping
	PagedModel<TrainingJson> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long department, @RequestParam(required = false) TrainingFormat mode,
			@RequestParam(required = false) Boolean required,
			@SortableBy({ "title", "topicKind", "format" }) @PageableDefault(size = 20,
					sort = "title") Pageable pageable) {
		return new PagedModel<>(this.trainings.search(q, department, mode, required, pageable).map(TrainingJson::of));
	}

	@CachedPage
	@GetMapping("/{id}")
	ResponseEntity<TrainingJson> show(@PathVariable Long id) {
		Training training = this.trainings.get(id);
		return ApiVersions.tagged(TrainingJson.of(training), training.getVersion());
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<TrainingJson> create(@Valid @RequestBody TrainingRequest request) {
		Training training = this.trainings.get(this.trainings.create(request.toForm(null)).getId());
		return ResponseEntity.created(URI.create("/api/v1/trainings/" + training.getId()))
			.eTag(ApiVersions.etag(training.getVersion()))
			.body(TrainingJson.of(training));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<TrainingJson> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody TrainingRequest request) {
		this.trainings.update(id, request.toForm(ApiVersions.expected(ifMatch, this.trainings.get(id).getVersion())));
		Training updated = this.trainings.get(id);
		return ApiVersions.tagged(TrainingJson.of(updated), updated.getVersion());
	}

	/**
	 * Sessions, upcoming (soonest first) or past ({@code when=past}, latest first), with
	 * seats and the caller's own enrolment.
	 * @param when upcoming or past
	 * @param training only this training's
	 * @param department only trainings for this department
	 * @param mode only this format
	 * @param pageable the page
	 * @param user who asks
	 * @return the sessions
	 */
	@CachedPage
	@GetMapping("/sessions")
	PagedModel<SessionJson> sessions(@RequestParam(defaultValue = "upcoming") String when,
			@RequestParam(required = false) Long training, @RequestParam(required = false) Long department,
			@RequestParam(required = false) TrainingFormat mode,
			@SortableBy({ "startsAt", "training.title" }) @PageableDefault(size = 20) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		boolean upcoming = !"past".equals(when);
		Pageable ordered = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), upcoming ? Sort.by("startsAt") : Sort.by(Sort.Direction.DESC, "startsAt"));
		Page<TrainingSession> page = this.trainings.searchSessions(upcoming, training, department, mode, ordered);
		Map<Long, Seats> seats = this.enrolments.seats(page.getContent(), user.id());
		return new PagedModel<>(page.map((s) -> SessionJson.of(s, seats.get(s.getId()))));
	}

	@CachedPage
	@GetMapping("/sessions/{id}")
	ResponseEntity<SessionJson> session(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		TrainingSession session = this.trainings.getSession(id);
		return ApiVersions.tagged(SessionJson.of(session, this.enrolments.seats(List.of(session), user.id()).get(id)),
				session.getVersion());
	}

	/**
	 * The roster of a session (for those the session page shows it to).
	 * @param id the session
	 * @param user who asks
	 * @return the enrolments
	 */
	@CachedPage
	@GetMapping("/sessions/{id}/enrolments")
	List<EnrolmentJson> roster(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		TrainingSession session = this.trainings.getSession(id);
		return this.rosters.roster(session, user).stream().map(EnrolmentJson::of).toList();
	}

	/**
	 * Enrols the caller (on the waiting list when the session is full).
	 * @param id the session
	 * @param user who enrols
	 * @return the caller's status and the seats
	 */
	@PostMapping("/sessions/{id}/enrol")
	ResponseEntity<SessionJson> enrol(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		this.enrolments.enrol(id, user);
		return session(id, user);
	}

	/**
	 * Cancels the caller's enrolment (the first on the waiting list moves up).
	 * @param id the session
	 * @param user who cancels
	 * @return the caller's status and the seats
	 */
	@PostMapping("/sessions/{id}/cancel")
	ResponseEntity<SessionJson> cancel(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		this.enrolments.cancel(id, user);
		return session(id, user);
	}

	/**
	 * A training of the catalogue.
	 */
	record TrainingJson(Long id, long version, String title, String description, TopicKind topicKind, String topic,
			TrainingFormat format, String trainer, boolean required, List<String> audiences,
			List<String> materialLinks) {

		static TrainingJson of(Training t) {
			return new TrainingJson(t.getId(), t.getVersion(), t.getTitle(), t.getDescription(), t.getTopicKind(),
					t.getTopic(), t.getFormat(), t.getTrainerName(), t.isRequired(),
					t.getAudiences().stream().map((d) -> d.getName()).sorted().toList(), t.getMaterialLinks());
		}

	}

	/**
	 * A session with its seats; {@code mine} is the caller's enrolment status, if any.
	 */
	record SessionJson(Long id, long version, Long trainingId, String training, Instant startsAt, Instant endsAt,
			int durationMinutes, String location, boolean online, int capacity, long enrolled, long waitlisted,
			EnrolmentStatus mine) {

		static SessionJson of(TrainingSession s, Seats seats) {
			return new SessionJson(s.getId(), s.getVersion(), s.getTraining().getId(), s.getTraining().getTitle(),
					s.getStartsAt(), s.getEndsAt(), s.getDurationMinutes(), s.getLocation(), s.isOnline(),
					s.getCapacity(), (seats != null) ? seats.enrolled() : 0, (seats != null) ? seats.waitlisted() : 0,
					(seats != null) ? seats.mine() : null);
		}

	}

	/**
	 * An enrolment on a session's roster.
	 */
	record EnrolmentJson(Long id, long version, Long userId, String user, EnrolmentStatus status, Attendance attendance,
			Instant enrolledAt) {

		static EnrolmentJson of(Enrolment e) {
			return new EnrolmentJson(e.getId(), e.getVersion(), e.getUser().getId(), e.getUser().getDisplayName(),
					e.getStatus(), e.getAttendance(), e.getEnrolledAt());
		}

	}

}
