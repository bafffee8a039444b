package org.smrdesk.incident;

import jakarta.validation.Valid;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Forms;
import org.smrdesk.core.pagecache.CachedPage;

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

	private final IncidentPages pages;

	private final TimelineService timeline;

	private final TimelinePdf pdf;

	private final IncidentService incidents;

	TimelineController(IncidentPages pages, TimelineService timeline, TimelinePdf pdf, IncidentService incidents) {
		this.pages = pages;
		this.incidents = incidents;
		this.timeline = timeline;
		this.pdf = pdf;
	}

	@CachedPage
	@GetMapping("/timeline")
	String filter(@PathVariable Long id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String scope, @RequestParam(required = false) TimelineEntryType type,
			@RequestParam(required = false) String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, jakarta.servlet.http.HttpServletResponse response) {
		String page = UriComponentsBuilder.fromPath("/incidents/{id}")
			.queryParamIfPresent("group", java.util.Optional.ofNullable(group).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("scope", java.util.Optional.ofNullable(scope).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("type", java.util.Optional.ofNullable(type))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter((text) -> !text.isBlank()))
			.buildAndExpand(id)
			.encode()
			.toUriString();
		if (htmx == null) {
			this.incidents.get(id, user); // who may not read the incident gets 403, not a
											// redirect
			return "redirect:" + page + "#timeline";
		}
		// The filters live in the address: htmx puts the incident page with them in the
		// history, so a reload, a bookmark or a shared link shows the same entries.
		response.setHeader("HX-Push-Url", page);
		model.addAllAttributes(this.pages.show(id, new TimelineFilter(group, scope, type, q), user).attributes());
		return "incidents/timeline :: entries";
	}

	@PostMapping("/timeline")
	String add(@PathVariable Long id, @Valid @ModelAttribute("entry") TimelineEntryForm entry, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> panel(id, htmx, false, user, model), () -> {
			TimelineEntry added = this.timeline.add(id, entry, user);
			if (htmx == null) {
				return Forms.done(redirect, "incident.entry.added", "/incidents/" + id + "#timeline");
			}
			model.addAttribute("addedId", added.getId());
			model.addAttribute("added", true);
			return panel(id, htmx, true, user, model);
		});
	}

	/**
	 * The timeline panel after an entry was added or refused: the panel alone for htmx,
	 * else the whole page; a blank entry form after one was added, else the typed one
	 * with its errors. A user who may add nothing here is refused (the service refuses
	 * them too).
	 */
	private String panel(Long id, String htmx, boolean blankEntry, CurrentUser user, Model model) {
		IncidentPage page = this.pages.show(id, TimelineFilter.NONE, user);
		if (page.allowedTypes().isEmpty()) {
			throw new AccessDeniedException("May not add to this timeline");
		}
		if (blankEntry) {
			model.addAttribute("entry", page.newEntry());
		}
		model.addAllAttributes(page.attributes());
		model.mergeAttributes(page.blankForms());
		return (htmx != null) ? "incidents/timeline :: panel" : "incidents/show";
	}

	@CachedPage
	@GetMapping("/print")
	String print(@PathVariable Long id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String scope, @RequestParam(required = false) TimelineEntryType type,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAllAttributes(this.pages.show(id, new TimelineFilter(group, scope, type, q), user).attributes());
		return "incidents/print";
	}

	@CachedPage
	@GetMapping("/timeline.pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable Long id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String scope, @RequestParam(required = false) TimelineEntryType type,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user) {
		byte[] document = this.pdf.render(this.pages.show(id, new TimelineFilter(group, scope, type, q), user),
				user.displayName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("incident-" + id + "-timeline.pdf").build().toString())
			.body(document);
	}

}
