package org.smrdesk.incident;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.smrdesk.core.Forms;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.SortDefault;
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
 * Incident pages: the list, the incident with its timeline, reporting, correcting, triage
 * with consultation, and status changes.
 */
@Controller
@RequestMapping("/incidents")
@PreAuthorize("isAuthenticated()")
class IncidentController {

	private static final String FORM = "incidents/form";

	private static final String TRIAGE = "incidents/triage";

	private final IncidentService incidents;

	private final IncidentSearch search;

	private final IncidentPages pages;

	private final IncidentRows rows;

	private final DepartmentService departments;

	IncidentController(IncidentService incidents, IncidentSearch search, IncidentPages pages, IncidentRows rows,
			DepartmentService departments) {
		this.incidents = incidents;
		this.search = search;
		this.pages = pages;
		this.rows = rows;
		this.departments = departments;
	}

	@ModelAttribute("kinds")
	IncidentKind[] kinds() {
		return IncidentKind.values();
	}

	@ModelAttribute("severities")
	Severity[] severities() {
		return Severity.values();
	}

	@ModelAttribute("statuses")
	IncidentStatus[] statuses() {
		return IncidentStatus.values();
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) IncidentKind kind,
			@SortableBy({ "severity", "title", "status", "detectedAt" }) @PageableDefault(size = 20) @SortDefault(
					sort = { "severity", "detectedAt" }) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		IncidentFilter filter = new IncidentFilter(q, status, severity, kind);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.rows.of(this.search.search(filter, user, pageable)));
		return "incidents/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) IncidentKind kind,
			@SortableBy({ "severity", "title", "status", "detectedAt" }) Sort sort,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		IncidentFilter filter = new IncidentFilter(q, status, severity, kind);
		Sort order = (sort.isSorted() ? sort : Sort.by("severity", "detectedAt")).and(Sort.by("id"));
		CsvExport.stream(response, "incidents.csv", IncidentSearch.EXPORT_COLUMNS,
				(rows) -> this.search.export(filter, user, order, rows));
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String scope, @RequestParam(required = false) TimelineEntryType type,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		return showView(id, new TimelineFilter(group, scope, type, q), user, model);
	}

	private String showView(Long id, TimelineFilter filter, CurrentUser user, Model model) {
		IncidentPage page = this.pages.show(id, filter, user);
		model.addAllAttributes(page.attributes());
		model.mergeAttributes(page.blankForms());
		return "incidents/show";
	}

	@CachedPage
	@GetMapping("/new")
	String initCreationForm(Model model) {
		IncidentForm form = new IncidentForm();
		form.setDetectedAt(this.incidents.nowForForm());
		model.addAttribute("form", form);
		return form(model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") IncidentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			Incident incident = this.incidents.report(form, user);
			return Forms.done(redirect, "incident.reported", "/incidents/" + incident.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new IncidentForm(this.incidents.get(id, user), this.incidents.zone()));
		return form(model);
	}

	/**
	 * The form, with the services of its drop-down: read only for the form (a
	 * {@code @ModelAttribute} read them for every page of this controller).
	 */
	private String form(Model model) {
		model.addAttribute("services", this.incidents.services());
		return FORM;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") IncidentForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, model, () -> new IncidentForm(this.incidents.get(id, user), this.incidents.zone()),
				() -> form(model), () -> {
					this.incidents.update(id, form, user);
					return Forms.done(redirect, "incident.updated", "/incidents/" + id);
				});
	}

	@CachedPage
	@GetMapping("/{id}/triage")
	@PreAuthorize("hasRole('LEAD')")
	String initTriageForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Incident incident = this.incidents.get(id, user);
		TriageForm form = new TriageForm(incident, this.incidents.zone());
		if (form.getDepartmentIds().isEmpty()) {
			this.incidents.suggestedDepartments(incident).forEach((d) -> form.getDepartmentIds().add(d.getId()));
		}
		model.addAttribute("form", form);
		return triageView(incident, model);
	}

	@PostMapping("/{id}/triage")
	@PreAuthorize("hasRole('LEAD')")
	String processTriageForm(@PathVariable Long id, @Valid @ModelAttribute("form") TriageForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, model, () -> new TriageForm(this.incidents.get(id, user), this.incidents.zone()),
				() -> triageView(this.incidents.get(id, user), model), () -> {
					this.incidents.triage(id, form, user);
					return Forms.done(redirect, "incident.triaged", "/incidents/" + id);
				});
	}

	private String triageView(Incident incident, Model model) {
		model.addAttribute("incident", incident);
		model.addAttribute("allDepartments", this.departments.all());
		model.addAttribute("parties", OutsideParty.values());
		List<org.smrdesk.user.Department> suggested = this.incidents.suggestedDepartments(incident);
		model.addAttribute("suggested", suggested);
		model.addAttribute("suggestedNames",
				String.join(", ", suggested.stream().map(org.smrdesk.user.Department::getName).toList()));
		return TRIAGE;
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('LEAD')")
	String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusForm statusForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		// Refused: the page again, read afresh (it shows the status as stored now), with
		// the
		// message in the status form and the input kept.
		return Forms.submit(result, () -> {
			model.addAttribute("error", "incident.status.notChanged");
			return showView(id, TimelineFilter.NONE, user, model);
		}, () -> {
			this.incidents.changeStatus(id, statusForm.getStatus(), statusForm.getVersion(), statusForm.getNote(),
					statusForm.getOccurredAt(), user);
			return Forms.done(redirect, "incident.status.changed", "/incidents/" + id);
		});
	}

}
