package org.smrdesk.incident;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import org.smrdesk.core.ApiPage;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An incident's evidence for other tools, under the evidence page's rules: whoever may
 * read the incident lists and downloads its files, whoever may add to its timeline
 * uploads one (multipart, checked by the same {@link EvidenceInspector}: type detected
 * from the content, the size limit, not empty). Evidence is append-only, as on the page:
 * it has no version, no ETag and no delete.
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}/attachments")
@PreAuthorize("isAuthenticated()")
class AttachmentApiController {

	private final IncidentService incidents;

	private final TimelineService timeline;

	private final AttachmentService attachments;

	AttachmentApiController(IncidentService incidents, TimelineService timeline, AttachmentService attachments) {
		this.incidents = incidents;
		this.timeline = timeline;
		this.attachments = attachments;
	}

	/**
	 * The incident's evidence, oldest first, without the files.
	 * @param id the incident
	 * @param pageable the page
	 * @param user who asks (may read the incident)
	 * @return the page
	 */
	@GetMapping
	ApiPage<AttachmentJson> list(@PathVariable Long id, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		Incident incident = this.incidents.get(id, user);
		return ApiPage.of(this.timeline.evidence(incident), pageable).map(AttachmentJson::of);
	}

	/**
	 * Attaches a file as the evidence page does.
	 * @param id the incident
	 * @param file the file (part {@code file})
	 * @param description what it shows (part {@code description}, optional)
	 * @param entryId the timeline entry it documents (part {@code entryId}, optional)
	 * @param user who attaches it (may add to the incident's timeline)
	 * @return 201 with the evidence's {@code Location}
	 * @throws IOException when the upload cannot be read
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to an incident",
			description = "A multipart/form-data upload with the part `file` (and optionally `description` and "
					+ "`entryId`, a timeline entry of this incident). The type is detected from the content "
					+ "(screenshots, PDF, saved pages, text); refusals are 422 problem details on field `file`: "
					+ "`incident.evidence.empty`, `incident.evidence.tooLarge` (over smr.incidents.evidence-max-size, "
					+ "10 MB by default), `incident.evidence.typeRefused`, `incident.evidence.typeMismatch` (the "
					+ "name's extension claims another type); an unknown entry is `incident.evidence.entryUnknown` on "
					+ "`entryId`. Evidence is append-only: there is no update or delete.")
	ResponseEntity<AttachmentJson> upload(@PathVariable Long id,
			@RequestPart(name = EvidenceInspector.FIELD, required = false) MultipartFile file,
			@RequestParam(required = false) String description, @RequestParam(required = false) Long entryId,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		// the service checks the caller's right first, then the file (an absent one is
		// empty)
		Attachment kept = this.attachments.attach(id, entryId, (file != null) ? file.getOriginalFilename() : null,
				(file != null) ? file.getBytes() : new byte[0], description, user);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/attachments/" + kept.getId()))
			.body(AttachmentJson.of(kept));
	}

	/**
	 * One piece of evidence, without the file.
	 * @param id the incident
	 * @param attachmentId the evidence
	 * @param user who asks (may read the incident)
	 * @return the evidence
	 */
	@GetMapping("/{attachmentId}")
	AttachmentJson show(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		Incident incident = this.incidents.get(id, user);
		return this.timeline.evidence(incident)
			.stream()
			.filter((evidence) -> evidence.getId().equals(attachmentId))
			.findFirst()
			.map(AttachmentJson::of)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
	}

	/**
	 * The file itself, as the page's download gives it: always an attachment, never
	 * sniffed, sandboxed, not cached.
	 * @param id the incident
	 * @param attachmentId the evidence
	 * @param user who asks (may read the incident)
	 * @return the bytes with their detected type
	 */
	@GetMapping("/{attachmentId}/content")
	@Operation(summary = "Download an incident's file",
			description = "The bytes with the type detected at upload, as an attachment (the name in "
					+ "Content-Disposition), X-Content-Type-Options: nosniff, no caching.")
	ResponseEntity<byte[]> content(@PathVariable Long id, @PathVariable Long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		return AttachmentController.download(this.attachments.get(id, attachmentId, user));
	}

	/**
	 * A piece of an incident's evidence (the file is at {@code content}).
	 *
	 * @param id the evidence
	 * @param entryId the timeline entry it documents, or null for the incident
	 * @param fileName the name kept
	 * @param contentType the type detected from the content
	 * @param sizeBytes the size
	 * @param sha256 the content's SHA-256, hex
	 * @param description what it shows
	 * @param uploadedAt when
	 * @param uploadedBy by whom
	 */
	record AttachmentJson(Long id, Long entryId, String fileName, String contentType, long sizeBytes, String sha256,
			String description, Instant uploadedAt, String uploadedBy) {

		static AttachmentJson of(ListedEvidence e) {
			return new AttachmentJson(e.getId(), e.getEntryId(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
					e.getSha256(), e.getDescription(), e.getUploadedAt(), e.getUploadedByName());
		}

		static AttachmentJson of(Attachment a) {
			return new AttachmentJson(a.getId(), (a.getEntry() != null) ? a.getEntry().getId() : null, a.getFileName(),
					a.getContentType(), a.getSizeBytes(), a.getSha256(), a.getDescription(), a.getUploadedAt(),
					a.getUploadedByName());
		}

	}

}
