package org.smrdesk.training;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sessions: the upcoming and past lists, one session with its places, enrolment and
 * cancellation, attendance, the attendance CSV and the calendar download.
 */
@Controller
@RequestMapping("/trainings")
@PreAuthorize("isAuthenticated()")
class TrainingSessionController {

	private static final String FORM = "trainings/session-form";

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final TrainingService trainings;

	private final EnrolmentService enrolments;

	private final SessionRoster rosters;

	private final DepartmentService departments;

	private final TrainingCalendar calendar;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingSessionController(TrainingService trainings, EnrolmentService enrolments, SessionRoster rosters,
			DepartmentService departments, TrainingCalendar calendar, TrainingSettings settings, Clock clock) {
		this.trainings = trainings;
		this.enrolments = enrolments;
		this.rosters = rosters;
		this.departments = departments;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.settings.zone();
	}

	@CachedPage
	@GetMapping("/sessions")
	String list(@RequestParam(defaultValue = "upcoming") String when, @RequestParam(required = false) Long department,
			@RequestParam(required = false) TrainingFormat mode,
			@SortableBy({ "startsAt", "training.title" }) @PageableDefault(size = 20) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean upcoming = !"past".equals(when);
		Pageable ordered = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), upcoming ? Sort.by("startsAt") : Sort.by(Sort.Direction.DESC, "startsAt"));
		Page<TrainingSession> page = this.trainings.searchSessions(upcoming, null, department, mode, ordered);
		model.addAttribute("page", page);
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("seats", this.enrolments.seats(page.getContent(), user.id()));
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("formats", TrainingFormat.values());
		return "trainings/sessions";
	}

	@CachedPage
	@GetMapping("/sessions/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		TrainingSession session = this.trainings.getSession(id);
		model.addAttribute("trainingSession", session);
		model.addAttribute("seats", this.enrolments.seats(List.of(session), user.id()).get(id));
		model.addAttribute("queuePosition", this.enrolments.queuePosition(id, user.id()));
		model.addAttribute("started", session.hasStarted(this.clock.instant()));
		boolean roster = this.rosters.maySeeRoster(session, user);
		model.addAttribute("showRoster", roster);
		model.addAttribute("mayMark", this.rosters.mayMarkAttendance(session, user));
		model.addAttribute("roster", roster ? this.rosters.roster(session, user) : List.of());
		model.addAttribute("attendances", Attendance.values());
		return "trainings/session";
	}

	@CachedPage
	@GetMapping(path = "/sessions/{id}", params = "format=csv")
	ResponseEntity<byte[]> exportAttendance(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		TrainingSession session = this.trainings.getSession(id);
		List<Enrolment> roster = this.rosters.roster(session, user);
		String start = CSV_TIME.format(session.getStartsAt().atZone(this.settings.zone()));
		return CsvExport.of("attendance-session-" + id + ".csv",
				List.of("training", "session start", "name", "email", "department", "status", "attendance"),
				roster.stream()
					.map((e) -> List.<Object>of(session.getTraining().getTitle(), start, e.getUser().getDisplayName(),
							e.getUser().getEmail(), e.getUser().getDepartment().getName(), e.getStatus(),
							e.getAttendance()))
					.toList());
	}

	@GetMapping("/sessions/{id}/calendar.ics")
	ResponseEntity<String> calendar(@PathVariable Long id) {
		TrainingSession session = this.trainings.getSession(id);
		return ics("training-session-" + id + ".ics", this.calendar.session(session, this.clock.instant()));
	}

	static ResponseEntity<String> ics(String filename, String body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	@PostMapping("/sessions/{id}/enrol")
	String enrol(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			EnrolmentStatus status = this.enrolments.enrol(id, user);
			if (status == EnrolmentStatus.ENROLLED) {
				redirect.addFlashAttribute("message", "training.enrol.enrolled");
			}
			else {
				redirect.addFlashAttribute("error", "training.enrol.full");
			}
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/trainings/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/cancel")
	String cancel(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			Optional<Long> movedUp = this.enrolments.cancel(id, user);
			redirect.addFlashAttribute("message",
					movedUp.isPresent() ? "training.cancel.doneMovedUp" : "training.cancel.done");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/trainings/sessions/" + id;
	}

	@PostMapping("/sessions/{id}/enrolments/{enrolmentId}/attendance")
	String markAttendance(@PathVariable Long id, @PathVariable Long enrolmentId,
			@RequestParam(required = false) Attendance attendance, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return Forms.act(redirect, "training.attendance.saved", "/trainings/sessions/" + id + "#roster",
				() -> this.rosters.markAttendance(id, enrolmentId, attendance, user));
	}

	@CachedPage
	@GetMapping("/{trainingId}/sessions/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(@PathVariable Long trainingId, Model model) {
		model.addAttribute("training", this.trainings.get(trainingId));
		model.addAttribute("form", new SessionForm());
		return FORM;
	}

	@PostMapping("/{trainingId}/sessions/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@PathVariable Long trainingId, @Valid @ModelAttribute("form") SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("training", this.trainings.get(trainingId));
		return Forms.submit(result, () -> FORM, () -> {
			TrainingSession session = this.trainings.createSession(trainingId, form);
			return Forms.done(redirect, "training.session.created", "/trainings/sessions/" + session.getId());
		});
	}

	@CachedPage
	@GetMapping("/sessions/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		TrainingSession session = this.trainings.getSession(id);
		model.addAttribute("training", session.getTraining());
		model.addAttribute("form", new SessionForm(session, this.settings.zone()));
		return FORM;
	}

	@PostMapping("/sessions/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("training", this.trainings.getSession(id).getTraining());
		return Forms.submit(result, () -> FORM, () -> {
			this.trainings.updateSession(id, form);
			return Forms.done(redirect, "training.session.updated", "/trainings/sessions/" + id);
		});
	}

}
