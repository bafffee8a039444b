package org.smrdesk.incident;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.user.DepartmentService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The timeline of an incident: filtering it and adding entries (htmx swaps the timeline
 * in place; without JavaScript the page reloads), the printable crisis timeline, and its
 * PDF.
 */
@Controller
@RequestMapping("/incidents/{id}")
@PreAuthorize("isAuthenticated()")
class TimelineController {

	private final IncidentService incidents;

	private final TimelineService timeline;

	private final IncidentReviewService reviews;

	private final DepartmentService departments;

	private final TimelinePdf pdf;

	TimelineController(IncidentService incidents, TimelineService timeline, IncidentReviewService reviews,
			DepartmentService departments, TimelinePdf pdf) {
		this.incidents = incidents;
		this.timeline = timeline;
		this.reviews = reviews;
		this.departments = departments;
		this.pdf = pdf;
	}

	@GetMapping("/timeline")
	String filter(@PathVariable Long id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String scope, @RequestParam(required = false) TimelineEntryType type,
			@RequestParam(required = false) String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, jakarta.servlet.http.HttpServletResponse response) {
		Incident incident = this.incidents.get(id, user);
		String page = UriComponentsBuilder.fromPath("/incidents/{id}")
			.queryParamIfPresent("group", java.util.Optional.ofNullable(group).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("scope", java.util.Optional.ofNullable(scope).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("type", java.util.Optional.ofNullable(type))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter((text) -> !text.isBlank()))
			.buildAndExpand(id)
			.encode()
			.toUriString();
		if (htmx == null) {
			return "redirect:" + page + "#timeline";
		}
		// The filters live in the address: htmx puts the incident page with them in the
		// history, so a reload, a bookmark or a shared link shows the same entries.
		response.setHeader("HX-Push-Url", page);
		TimelineFilter filter = new TimelineFilter(group, scope, type, q);
		List<TimelineEntry> all = this.timeline.timeline(incident, TimelineFilter.NONE);
		addTimeline(model, incident, filter, filter.isActive() ? this.timeline.timeline(incident, filter) : all, all,
				this.timeline, user, this.departments);
		return "incidents/timeline :: entries";
	}

	@PostMapping("/timeline")
	String add(@PathVariable Long id, @Valid @ModelAttribute("entry") TimelineEntryForm entry, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Incident incident = this.incidents.get(id, user);
		if (!this.timeline.canAdd(incident, user)) {
			throw new AccessDeniedException("May not add to this timeline");
		}
		if (!result.hasErrors()) {
			try {
				TimelineEntry added = this.timeline.add(id, entry, user);
				model.addAttribute("addedId", added.getId());
				if (htmx == null) {
					redirect.addFlashAttribute("message", "incident.entry.added");
					return "redirect:/incidents/" + id + "#timeline";
				}
				model.addAttribute("entry", newEntry(incident, user, this.timeline, this.incidents));
				model.addAttribute("added", true);
			}
			catch (FieldException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
		}
		if (htmx == null) {
			model.addAttribute("incident", incident);
			List<TimelineEntry> all = this.timeline.timeline(incident, TimelineFilter.NONE);
			model.addAttribute("milestones", this.timeline.milestones(incident, all));
			model.addAttribute("nextStatuses", this.incidents.nextStatuses(incident));
			model.addAttribute("review", this.reviews.find(id).orElse(null));
			addTimeline(model, incident, TimelineFilter.NONE, all, all, this.timeline, user, this.departments);
			return "incidents/show";
		}
		List<TimelineEntry> all = this.timeline.timeline(incident, TimelineFilter.NONE);
		addTimeline(model, incident, TimelineFilter.NONE, all, all, this.timeline, user, this.departments);
		model.addAttribute("milestones", this.timeline.milestones(incident, all));
		return "incidents/timeline :: panel";
	}

	@GetMapping("/print")
	String print(@PathVariable Long id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String scope, @RequestParam(required = false) TimelineEntryType type,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		Incident incident = this.incidents.get(id, user);
		TimelineFilter filter = new TimelineFilter(group, scope, type, q);
		List<TimelineEntry> all = this.timeline.timeline(incident, TimelineFilter.NONE);
		model.addAttribute("incident", incident);
		model.addAttribute("milestones", this.timeline.milestones(incident, all));
		model.addAttribute("review", this.reviews.find(id).orElse(null));
		model.addAttribute("filter", filter);
		model.addAttribute("entries", filter.isActive() ? this.timeline.timeline(incident, filter) : all);
		model.addAttribute("groups", groups(incident, all, this.timeline.namedParties(incident)));
		model.addAttribute("types", TimelineEntryType.values());
		model.addAttribute("correctedBy", this.timeline.correctedBy(all));
		model.addAttribute("evidence", this.timeline.evidence(incident));
		model.addAttribute("namedParties", this.timeline.namedParties(incident));
		return "incidents/print";
	}

	@GetMapping("/timeline.pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable Long id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String scope, @RequestParam(required = false) TimelineEntryType type,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user) {
		Incident incident = this.incidents.get(id, user);
		TimelineFilter filter = new TimelineFilter(group, scope, type, q);
		List<TimelineEntry> all = this.timeline.timeline(incident, TimelineFilter.NONE);
		byte[] document = this.pdf.render(incident, this.timeline.milestones(incident, all),
				filter.isActive() ? this.timeline.timeline(incident, filter) : all, this.timeline.correctedBy(all),
				this.reviews.find(id).orElse(null), user.displayName(), filter,
				groups(incident, all, this.timeline.namedParties(incident)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("incident-" + id + "-timeline.pdf").build().toString())
			.body(document);
	}

	/**
	 * Puts what the timeline fragments show into the model.
	 */
	static void addTimeline(Model model, Incident incident, TimelineFilter filter, List<TimelineEntry> entries,
			List<TimelineEntry> all, TimelineService timeline, CurrentUser user, DepartmentService departments) {
		model.addAttribute("incident", incident);
		List<NamedParty> namedParties = timeline.namedParties(incident);
		if (!model.containsAttribute("statusForm")) {
			StatusForm statusForm = new StatusForm();
			statusForm.setVersion(incident.getVersion());
			model.addAttribute("statusForm", statusForm);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		model.addAttribute("allEntries", all);
		model.addAttribute("groups", groups(incident, all, namedParties));
		model.addAttribute("types", TimelineEntryType.values());
		java.util.Set<TimelineEntryType> allowed = timeline.allowedTypes(incident, user);
		model.addAttribute("allowedTypes", allowed);
		model.addAttribute("canCorrect", allowed.contains(TimelineEntryType.CORRECTION));
		model.addAttribute("canReplyInPublic", allowed.contains(TimelineEntryType.ENGAGEMENT));
		model.addAttribute("correctedBy", timeline.correctedBy(all));
		model.addAttribute("allDepartments", departments.all());
		model.addAttribute("parties", OutsideParty.values());
		model.addAttribute("namedParties", namedParties);
		List<ListedEvidence> evidence = timeline.evidence(incident);
		model.addAttribute("evidence", evidence);
		model.addAttribute("entryEvidence",
				evidence.stream()
					.filter((a) -> a.getEntryId() != null)
					.collect(java.util.stream.Collectors.groupingBy(ListedEvidence::getEntryId)));
	}

	static TimelineEntryForm newEntry(Incident incident, CurrentUser user, TimelineService timeline,
			IncidentService incidents) {
		TimelineEntryType first = timeline.allowedTypes(incident, user)
			.stream()
			.findFirst()
			.orElse(TimelineEntryType.NOTE);
		TimelineEntryForm form = new TimelineEntryForm(first, incidents.now());
		if (user.isStaff()) {
			form.setGroup("d" + user.departmentId());
		}
		return form;
	}

	/**
	 * The groups to filter or record by: the departments and outside parties engaged, and
	 * any other group that appears in the timeline.
	 */
	static List<Group> groups(Incident incident, List<TimelineEntry> entries, List<NamedParty> named) {
		List<Group> groups = new ArrayList<>();
		incident.getDepartments().forEach((d) -> add(groups, new Group("d" + d.getId(), d.getName(), null)));
		entries.stream()
			.filter((e) -> e.getDepartment() != null)
			.forEach((e) -> add(groups, new Group("d" + e.getDepartment().getId(), e.getDepartment().getName(), null)));
		for (OutsideParty party : OutsideParty.values()) {
			if (incident.getParties().contains(party) || entries.stream().anyMatch((e) -> e.getParty() == party)) {
				groups.add(new Group("p" + party.name(), null, party));
			}
		}
		named.forEach((p) -> add(groups, new Group(p.getKey(), p.getName(), p.getKind())));
		return groups;
	}

	private static void add(List<Group> groups, Group group) {
		if (groups.stream().noneMatch((g) -> g.key().equals(group.key()))) {
			groups.add(group);
		}
	}

	/**
	 * A group engaged: a department (with its name), a named outside party (with its name
	 * and kind) or an outside party by kind.
	 *
	 * @param key the filter key
	 * @param name the department's or named party's name, or null
	 * @param party the outside party's kind, or null
	 */
	record Group(String key, String name, OutsideParty party) {
	}

}
