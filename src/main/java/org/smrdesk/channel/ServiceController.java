package org.smrdesk.channel;

import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.Forms;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The catalogue of social services: everyone reads, the lead edits.
 */
@Controller
@RequestMapping("/services")
@PreAuthorize("isAuthenticated()")
class ServiceController {

	private static final String FORM = "services/form";

	private final ChannelService channels;

	private final ServiceActivitySource activities;

	ServiceController(ChannelService channels, ServiceActivitySource activities) {
		this.channels = channels;
		this.activities = activities;
	}

	@ModelAttribute("kinds")
	ServiceKind[] kinds() {
		return ServiceKind.values();
	}

	@ModelAttribute("itStatuses")
	ItStatus[] itStatuses() {
		return ItStatus.values();
	}

	@ModelAttribute("assessments")
	Assessment[] assessments() {
		return Assessment.values();
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) ServiceKind kind,
			@RequestParam(required = false) ItStatus itStatus, @RequestParam(required = false) Assessment assessment,
			@SortableBy({ "name", "kind", "itStatus", "assessment" }) @PageableDefault(size = 25,
					sort = "name") Pageable pageable,
			Model model) {
		model.addAttribute("page", this.channels.searchServices(q, kind, itStatus, assessment, pageable));
		return "services/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) ServiceKind kind, @RequestParam(required = false) ItStatus itStatus,
			@RequestParam(required = false) Assessment assessment,
			@SortableBy({ "name", "kind", "itStatus", "assessment" }) Sort sort) {
		Page<Channel> all = this.channels.searchServices(q, kind, itStatus, assessment,
				PageRequest.of(0, 100_000, sort.isSorted() ? sort : Sort.by("name")));
		return CsvExport.of("services.csv",
				List.of("name", "kind", "website", "audience", "business impact", "risk notes", "it status",
						"it reasoning", "it contact", "assessment"),
				all.map((s) -> List.<Object>of(s.getName(), s.getKind(), text(s.getWebsite()), text(s.getAudience()),
						text(s.getBusinessImpact()), text(s.getRiskNotes()), s.getItStatus(), text(s.getItReasoning()),
						(s.getItContact() != null) ? s.getItContact().getDisplayName() : "", s.getAssessment()))
					.getContent());
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		Channel service = this.channels.getService(id);
		model.addAttribute("service", service);
		model.addAttribute("accounts", this.channels.accountsOf(id));
		model.addAttribute("recent", this.activities.recentOn(id, 10));
		return "services/show";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new ServiceForm());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") ServiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			Channel service = this.channels.createService(form);
			return Forms.done(redirect, "service.created", "/services/" + service.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new ServiceForm(this.channels.getService(id)));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") ServiceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.channels.getService(id);
		return Forms.submit(result, model, () -> new ServiceForm(this.channels.getService(id)), () -> form(model),
				() -> {
					this.channels.updateService(id, form);
					return Forms.done(redirect, "service.updated", "/services/" + id);
				});
	}

	private String form(Model model) {
		return FORM;
	}

}
