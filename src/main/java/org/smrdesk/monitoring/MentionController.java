package org.smrdesk.monitoring;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Forms;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.SortableBy;
import org.smrdesk.incident.Incident;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.incident.Severity;
import org.smrdesk.user.UserService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mentions inbox: filters, sorting, paging, CSV export, a mention's page, triage one
 * by one or in bulk, and escalation into a new or an open incident.
 */
@Controller
@RequestMapping("/monitoring/mentions")
@PreAuthorize("isAuthenticated()")
class MentionController {

	private static final String ESCALATE = "monitoring/escalate";

	private final MentionService mentions;

	private final MentionEscalation escalation;

	private final UserService users;

	private final Colleagues colleagues;

	MentionController(MentionService mentions, MentionEscalation escalation, UserService users, Colleagues colleagues) {
		this.mentions = mentions;
		this.escalation = escalation;
		this.users = users;
		this.colleagues = colleagues;
	}

	@ModelAttribute("states")
	MentionState[] states() {
		return MentionState.values();
	}

	@CachedPage
	@GetMapping
	String list(MentionFilter filter, @RequestParam(required = false) String assigneeName,
			@SortableBy({ "fetchedAt", "publishedAt", "title", "author", "state", "source" }) @PageableDefault(
					size = 25, sort = "fetchedAt", direction = Sort.Direction.DESC) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		// the assignee filter is a type-ahead (thousands of colleagues): the chosen id,
		// or
		// the first colleague whose name starts with the text typed
		Optional<UserService.Person> assignee = (filter.assignee() != null || assigneeName != null)
				? this.users.person(filter.assignee(), assigneeName) : Optional.empty();
		MentionFilter effective = filter.withAssignee(assignee.map(UserService.Person::id).orElse(null));
		model.addAllAttributes(this.mentions.inboxPage(effective, user, MentionOrder.safe(pageable)).attributes());
		model.addAttribute("filter", effective);
		model.addAttribute("assigneeName", assignee.map(UserService.Person::name).orElse(assigneeName));
		return "monitoring/mentions";
	}

	@GetMapping(params = "format=csv")
	ResponseEntity<StreamingResponseBody> export(MentionFilter filter,
			@SortableBy({ "fetchedAt", "publishedAt", "title", "author", "state", "source" }) Sort sort,
			@AuthenticationPrincipal CurrentUser user) {
		Sort safe = MentionOrder.safe(org.springframework.data.domain.PageRequest.of(0, 1, sort)).getSort();
		StreamingResponseBody body = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.mentions.export(filter, user, safe, writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mentions.csv").build().toString())
			.body(body);
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("mention", this.mentions.get(id, user));
		model.addAttribute("sightings", this.mentions.sightings(id));
		boolean canTriage = MentionService.canTriage(user);
		model.addAttribute("canTriage", canTriage);
		if (canTriage) {
			model.addAttribute("openIncidents", this.escalation.openIncidents(user));
		}
		return "monitoring/mention";
	}

	@PostMapping("/{id}/triage")
	@PreAuthorize("hasAnyRole('LEAD','STAFF')")
	String triage(@PathVariable Long id, @RequestParam(required = false) MentionState state,
			@RequestParam(required = false) Long assigneeId, @RequestParam(required = false) String assigneeIdName,
			@RequestParam(defaultValue = "false") boolean unassign, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			// the assignee is a type-ahead: its text names the colleague; emptied, nobody
			Long assignTo = this.colleagues.resolve(assigneeId, assigneeIdName, "assigneeId");
			boolean clear = unassign || (assigneeIdName != null && assignTo == null);
			this.mentions.triage(id, state, assignTo, clear, version, user);
			redirect.addFlashAttribute("message", "monitoring.mention.triaged");
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "monitoring.mention.conflict");
		}
		catch (FieldException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/monitoring/mentions/" + id;
	}

	@PostMapping("/bulk")
	@PreAuthorize("hasAnyRole('LEAD','STAFF')")
	String bulk(@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(required = false) MentionState state, @RequestParam(required = false) Long assigneeId,
			@RequestParam(required = false) String assigneeIdName,
			@RequestParam(defaultValue = "false") boolean unassign,
			@RequestParam(defaultValue = "/monitoring/mentions") String back, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("error", "monitoring.mention.bulk.none");
		}
		else {
			try {
				// an emptied type-ahead keeps each mention's assignee; a text must name
				// one
				Long assignTo = (assigneeIdName == null || assigneeIdName.isBlank()) ? assigneeId
						: this.colleagues.resolve(assigneeId, assigneeIdName, "assigneeId");
				this.mentions.bulk(ids, state, assignTo, unassign, user);
				redirect.addFlashAttribute("message", "monitoring.mention.bulk.done");
			}
			catch (FieldException ex) {
				redirect.addFlashAttribute("error", ex.getCode());
			}
		}
		return "redirect:" + (back.startsWith("/monitoring/mentions") ? back : "/monitoring/mentions");
	}

	@GetMapping("/{id}/escalate")
	@PreAuthorize("hasAnyRole('LEAD','STAFF')")
	String initEscalationForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		MentionRow mention = this.mentions.get(id, user);
		model.addAttribute("mention", mention);
		model.addAttribute("form", this.escalation.incidentFormFor(mention));
		return escalation(model);
	}

	@PostMapping("/{id}/escalate")
	@PreAuthorize("hasAnyRole('LEAD','STAFF')")
	String processEscalationForm(@PathVariable Long id, @Valid @ModelAttribute("form") IncidentForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("mention", this.mentions.get(id, user));
		return Forms.submit(result, () -> escalation(model), () -> {
			Incident incident = this.escalation.escalate(id, form, user);
			return Forms.done(redirect, "monitoring.mention.escalated", "/incidents/" + incident.getId());
		});
	}

	private String escalation(Model model) {
		model.addAttribute("incidentKinds", IncidentKind.values());
		model.addAttribute("severities", Severity.values());
		return ESCALATE;
	}

	@PostMapping("/{id}/incident")
	@PreAuthorize("hasAnyRole('LEAD','STAFF')")
	String addToIncident(@PathVariable Long id, @RequestParam(required = false) Long incidentId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (incidentId == null) {
			redirect.addFlashAttribute("error", "monitoring.mention.incident.choose");
			return "redirect:/monitoring/mentions/" + id;
		}
		try {
			this.escalation.addToIncident(id, incidentId, user);
			redirect.addFlashAttribute("message", "monitoring.mention.addedToIncident");
			return "redirect:/incidents/" + incidentId;
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
			return "redirect:/monitoring/mentions/" + id;
		}
	}

}
