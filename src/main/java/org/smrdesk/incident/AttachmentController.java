package org.smrdesk.incident;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.validation.Valid;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence of an incident: the form to attach a file (also shown on the incident page),
 * downloads (always as attachments, never sniffed) and thumbnails.
 */
@Controller
@RequestMapping("/incidents/{id}/attachments")
@PreAuthorize("isAuthenticated()")
class AttachmentController {

	static final String FORM = "incidents/evidence";

	private final IncidentService incidents;

	private final TimelineService timeline;

	private final AttachmentService attachments;

	AttachmentController(IncidentService incidents, TimelineService timeline, AttachmentService attachments) {
		this.incidents = incidents;
		this.timeline = timeline;
		this.attachments = attachments;
	}

	@CachedPage
	@GetMapping("/new")
	String initCreationForm(@PathVariable Long id,
			@RequestParam(name = EvidenceUploadLimitFilter.TOO_LARGE, required = false) String tooLarge,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		EvidenceForm form = new EvidenceForm();
		model.addAttribute("evidenceForm", form);
		if (tooLarge != null) {
			// Sent back by EvidenceUploadLimitFilter: the message goes beside the file
			// field.
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "evidenceForm");
			errors.rejectValue(EvidenceInspector.FIELD, "incident.evidence.tooLargeForServer",
					new Object[] { this.attachments.maxMegabytes() }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "evidenceForm", errors);
		}
		return form(id, user, model);
	}

	@PostMapping
	String processCreationForm(@PathVariable Long id, @Valid @ModelAttribute("evidenceForm") EvidenceForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect)
			throws IOException {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue(EvidenceInspector.FIELD, "incident.evidence.empty");
		}
		if (!result.hasErrors()) {
			try {
				Attachment kept = this.attachments.attach(id, form.getEntryId(), form.getFile().getOriginalFilename(),
						form.getFile().getBytes(), form.getDescription(), user);
				redirect.addFlashAttribute("message", "incident.evidence.added");
				return "redirect:/incidents/" + id + "#evidence-" + kept.getId();
			}
			catch (FieldException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
		}
		return form(id, user, model);
	}

	private String form(Long id, CurrentUser user, Model model) {
		Incident incident = this.incidents.get(id, user);
		if (!this.timeline.canAdd(incident, user)) {
			throw new AccessDeniedException("May not add evidence to this incident");
		}
		model.addAttribute("incident", incident);
		model.addAttribute("allEntries", this.timeline.timeline(incident, TimelineFilter.NONE));
		model.addAttribute("maxMegabytes", this.attachments.maxMegabytes());
		return FORM;
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		return download(this.attachments.get(id, attachmentId, user));
	}

	/**
	 * A file as every download of evidence gives it (the page's and the API's): always an
	 * attachment with its detected type, never sniffed, sandboxed, not cached.
	 * @param attachment the evidence
	 * @return the answer
	 */
	static ResponseEntity<byte[]> download(Attachment attachment) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore())
			.body(attachment.getContent());
	}

	@GetMapping("/{attachmentId}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		Attachment attachment = this.attachments.get(id, attachmentId, user);
		if (attachment.getThumbnail() == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
			.body(attachment.getThumbnail());
	}

}
