package org.smrdesk.incident;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.core.ApiCursor;
import org.smrdesk.core.ApiPage;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.core.SortableBy;
import org.smrdesk.incident.IncidentJson.EntryResponse;
import org.smrdesk.incident.IncidentJson.IncidentDetail;
import org.smrdesk.incident.IncidentJson.IncidentSummary;
import org.smrdesk.incident.IncidentJson.MilestonesResponse;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.SortDefault;
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
 * Incidents for other tools: open one (a monitoring tool escalating a mention), list
 * them, read one with its timeline. The same record-level rules as the pages apply.
 */
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize("isAuthenticated()")
class IncidentApiController {

	/** The list\'s name in its cursors. */
	private static final String LIST = "incidents";

	private final IncidentService incidents;

	private final IncidentSearch search;

	private final TimelineService timeline;

	IncidentApiController(IncidentService incidents, IncidentSearch search, TimelineService timeline) {
		this.incidents = incidents;
		this.search = search;
		this.timeline = timeline;
	}

	@CachedPage
	@GetMapping
	ApiPage<IncidentSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) IncidentKind kind,
			@RequestParam(name = ApiCursor.PARAMETER, required = false) String cursor,
			@SortableBy({ "severity", "title", "status", "detectedAt" }) @PageableDefault(size = 20) @SortDefault(
					sort = { "severity", "detectedAt" }) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		IncidentFilter filter = new IncidentFilter(q, status, severity, kind);
		if (cursor != null) {
			return ApiPage
				.walk(LIST, cursor, pageable, (after, limit) -> this.search.walk(filter, user, after, limit),
						(row) -> row.incident().getId())
				.map((row) -> IncidentSummary.of(row.incident(), row.milestones()));
		}
		return ApiPage.of(this.search.search(filter, user, pageable)
			.map((row) -> IncidentSummary.of(row.incident(), row.milestones())));
	}

	@CachedPage
	@GetMapping("/{id}")
	ResponseEntity<IncidentDetail> show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		Incident incident = this.incidents.get(id, user);
		return ApiVersions.tagged(detail(incident), incident.getVersion());
	}

	/**
	 * Corrects what was reported (the lead), as the incident's edit page does; severity
	 * and status change through triage and {@code /status}.
	 * @param id the incident
	 * @param ifMatch the {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param request the corrected fields
	 * @param user the lead
	 * @return the incident with its new {@code ETag}
	 */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<IncidentDetail> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody IncidentUpdate request, @AuthenticationPrincipal CurrentUser user) {
		Incident current = this.incidents.get(id, user);
		IncidentForm form = new IncidentForm(current, this.incidents.zone());
		form.setVersion(ApiVersions.expected(ifMatch, current.getVersion()));
		form.setTitle(request.title());
		form.setSummary(request.summary());
		form.setServiceId(request.serviceId());
		form.setServiceName(request.serviceName());
		form.setLink(request.link());
		if (request.detectedAt() != null) {
			form.setDetectedAt(LocalDateTime.ofInstant(request.detectedAt(), this.incidents.zone()));
		}
		form.setKind(request.kind());
		this.incidents.update(id, form, user);
		Incident updated = this.incidents.get(id, user);
		return ApiVersions.tagged(detail(updated), updated.getVersion());
	}

	/**
	 * The corrected fields of an incident.
	 *
	 * @param title a short title
	 * @param summary what happened
	 * @param serviceId where it started: a service of the catalogue (optional)
	 * @param serviceName where it started, when not in the catalogue
	 * @param link a link to where it started
	 * @param detectedAt when it was detected (left out: unchanged)
	 * @param kind what sort of issue
	 */
	@Schema(example = """
			{"title": "Login outage", "summary": "Customers could not log in from 9:00 to 9:40",
			 "kind": "PRODUCT_PROBLEM"}""")
	record IncidentUpdate(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String summary,
			Long serviceId, @Size(max = 200) String serviceName,
			@Size(max = 1000) @Pattern(regexp = "^$|^https?://\\S+$") String link, Instant detectedAt,
			@NotNull IncidentKind kind) {
	}

	private IncidentDetail detail(Incident incident) {
		List<TimelineEntry> entries = this.timeline.timeline(incident, TimelineFilter.NONE);
		Milestones milestones = this.timeline.milestones(incident, entries);
		return new IncidentDetail(IncidentSummary.of(incident, milestones), incident.getVersion(),
				incident.getSummary(), incident.getLink(), MilestonesResponse.of(milestones),
				entries.stream().map(EntryResponse::of).toList());
	}

	/**
	 * Moves an incident to another status (the lead), dated when it happened.
	 * @param id the incident
	 * @param ifMatch the {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param request the new status, when, why
	 * @param user the lead
	 * @return the incident with its timeline and milestones
	 */
	@PostMapping("/{id}/status")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<IncidentDetail> changeStatus(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody StatusRequest request, @AuthenticationPrincipal CurrentUser user) {
		Long version = ApiVersions.expected(ifMatch, this.incidents.get(id, user).getVersion());
		this.incidents.changeStatusAt(id, request.status(), version, request.note(), request.occurredAt(), user);
		Incident changed = this.incidents.get(id, user);
		return ApiVersions.tagged(detail(changed), changed.getVersion());
	}

	/**
	 * Adds a timeline entry under the pages' rules (the lead any manual type, a manager
	 * notes, staff their department's engagement).
	 * @param id the incident
	 * @param request the entry
	 * @param user who records it
	 * @return the entry
	 */
	@PostMapping("/{id}/timeline")
	ResponseEntity<EntryResponse> addEntry(@PathVariable Long id, @Valid @RequestBody EntryRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		TimelineEntryForm form = new TimelineEntryForm();
		form.setType(request.type());
		form.setBody(request.text());
		form.setGroup(request.group());
		form.setExternal(Boolean.TRUE.equals(request.external()));
		form.setPublicReply(Boolean.TRUE.equals(request.publicReply()));
		form.setChannel(request.channel());
		form.setLink(request.link());
		form.setCorrectsEntryId(request.correctsEntryId());
		TimelineEntry entry = this.timeline.add(id, form, request.occurredAt(), user);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "#entry-" + entry.getId()))
			.body(EntryResponse.of(entry));
	}

	/**
	 * A status change.
	 *
	 * @param status the new status
	 * @param occurredAt when it happened (default: now); not in the future, not before
	 * detection or the previous status change
	 * @param note why (optional)
	 */
	@Schema(example = """
			{"status": "RESPONDING", "occurredAt": "2026-11-30T10:05:00Z", "note": "Statement published"}""")
	record StatusRequest(@NotNull IncidentStatus status, Instant occurredAt, @Size(max = 500) String note) {
	}

	/**
	 * A timeline entry to add.
	 *
	 * @param type a manual type (not a status or severity change)
	 * @param occurredAt when it happened (default: now; not in the future)
	 * @param text what happened
	 * @param group {@code d<departmentId>} or {@code p<PARTY>} (optional)
	 * @param external whether it happened in public or with an outside party
	 * @param publicReply an engagement said in public or directly to the people concerned
	 * @param channel where (optional)
	 * @param link a link (optional)
	 * @param correctsEntryId the entry a correction corrects
	 */
	@Schema(example = """
			{"type": "NOTE", "text": "Support answered the first 40 replies", "occurredAt": "2026-11-30T10:20:00Z"}""")
	record EntryRequest(@NotNull TimelineEntryType type, Instant occurredAt, @NotBlank @Size(max = 5000) String text,
			String group, Boolean external, Boolean publicReply, @Size(max = 100) String channel,
			@Size(max = 1000) @Pattern(regexp = "^$|^https?://\\S+$") String link, Long correctsEntryId) {
	}

	@PostMapping
	ResponseEntity<IncidentSummary> open(@Valid @RequestBody IncidentRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		IncidentForm form = new IncidentForm();
		form.setTitle(request.title());
		form.setSummary(request.summary());
		form.setServiceId(request.serviceId());
		form.setServiceName(request.serviceName());
		form.setLink(request.link());
		form.setDetectedAt((request.detectedAt() != null)
				? LocalDateTime.ofInstant(request.detectedAt(), this.incidents.zone()) : this.incidents.nowForForm());
		form.setKind(request.kind());
		form.setSeverity(Severity.of(request.severity()));
		Incident incident = this.incidents.get(this.incidents.report(form, user).getId(), user);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.getId()))
			.eTag(ApiVersions.etag(incident.getVersion()))
			.body(IncidentSummary.of(incident,
					Milestones.of(incident.getDetectedAt(), incident.getStatus(), List.of())));
	}

	/**
	 * An incident to open.
	 *
	 * @param title a short title
	 * @param summary what happened
	 * @param serviceId where it started: a service of the catalogue (optional)
	 * @param serviceName where it started, when not in the catalogue
	 * @param link a link to where it started
	 * @param detectedAt when it was detected (default: now)
	 * @param kind what sort of issue
	 * @param severity the reporter's guess, 1 (crisis) to 4 (minor)
	 */
	@Schema(example = """
			{"title": "Login outage trending on Mastodon", "summary": "Customers report they cannot log in",
			 "serviceName": "Mastodon", "link": "https://mastodon.example/@someone/1",
			 "detectedAt": "2026-11-30T09:15:00Z", "kind": "PRODUCT_PROBLEM", "severity": 2}""")
	record IncidentRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String summary,
			Long serviceId, @Size(max = 200) String serviceName,
			@Size(max = 1000) @Pattern(regexp = "^$|^https?://\\S+$") String link, Instant detectedAt,
			@NotNull IncidentKind kind, @NotNull @Min(1) @Max(4) Integer severity) {
	}

}
