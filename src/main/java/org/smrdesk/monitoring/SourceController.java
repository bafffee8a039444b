package org.smrdesk.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.smrdesk.core.Choices;
import org.smrdesk.core.Forms;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.pagecache.CachedPage;
import org.smrdesk.supplier.VendorService;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monitoring sources: the list with health, a source's page with its poll log, the lead's
 * forms, "Poll now", and OPML import and export.
 */
@Controller
@RequestMapping("/monitoring/sources")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class SourceController {

	private static final String FORM = "monitoring/source-form";

	private final MonitoringService monitoring;

	private final Colleagues colleagues;

	private final VendorService vendors;

	private final OpmlTransfer opml;

	SourceController(MonitoringService monitoring, Colleagues colleagues, VendorService vendors, OpmlTransfer opml) {
		this.opml = opml;
		this.monitoring = monitoring;
		this.colleagues = colleagues;
		this.vendors = vendors;
	}

	@ModelAttribute("kinds")
	SourceKind[] kinds() {
		return SourceKind.values();
	}

	@GetMapping
	String list(@SortableBy({ "name", "kind", "lastSuccessAt", "nextPollAt" }) @PageableDefault(size = 50,
			sort = "name") Pageable pageable, Model model) {
		model.addAttribute("page", this.monitoring.sources(pageable));
		return "monitoring/sources";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("source", this.monitoring.source(id));
		model.addAttribute("log", this.monitoring.pollLog(id, 30));
		return "monitoring/source";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new SourceForm());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") SourceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			form.setOwnerId(this.colleagues.resolve(form.getOwnerId(), form.getOwnerName(), "ownerName"));
			Source source = this.monitoring.createSource(form);
			return Forms.done(redirect, "monitoring.source.created", "/monitoring/sources/" + source.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new SourceForm(this.monitoring.source(id)));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") SourceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.monitoring.source(id);
		return Forms.submit(result, model, () -> new SourceForm(this.monitoring.source(id)), () -> form(model), () -> {
			form.setOwnerId(this.colleagues.resolve(form.getOwnerId(), form.getOwnerName(), "ownerName"));
			this.monitoring.updateSource(id, form);
			return Forms.done(redirect, "monitoring.source.updated", "/monitoring/sources/" + id);
		});
	}

	private String form(Model model) {
		Choices.offer(model, "vendorList", this.vendors.search("", null, null, Choices.first("name")));
		return FORM;
	}

	@PostMapping("/{id}/poll")
	@PreAuthorize("hasRole('LEAD')")
	String pollNow(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("pollOutcome", this.monitoring.pollNow(id));
		}
		catch (FieldException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/monitoring/sources/" + id;
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasRole('LEAD')")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		this.monitoring.enableSource(id, true);
		redirect.addFlashAttribute("message", "monitoring.source.enabled");
		return "redirect:/monitoring/sources/" + id;
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasRole('LEAD')")
	String disable(@PathVariable Long id, RedirectAttributes redirect) {
		this.monitoring.enableSource(id, false);
		redirect.addFlashAttribute("message", "monitoring.source.disabled");
		return "redirect:/monitoring/sources/" + id;
	}

	@GetMapping("/opml")
	ResponseEntity<byte[]> exportOpml() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "x-opml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("smr-desk-sources.opml").build().toString())
			.body(this.opml.exportOpml().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/opml")
	@PreAuthorize("hasRole('LEAD')")
	String importOpml(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "monitoring.opml.missing");
			return "redirect:/monitoring/sources";
		}
		try {
			OpmlTransfer.OpmlImport result = this.opml.importOpml(new String(file.getBytes(), StandardCharsets.UTF_8));
			redirect.addFlashAttribute("opmlImport", result);
		}
		catch (FieldException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/monitoring/sources";
	}

}
