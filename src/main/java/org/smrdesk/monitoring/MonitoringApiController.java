package org.smrdesk.monitoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smrdesk.core.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring set-up as JSON: sources (list, add, poll now) and keyword queries (list,
 * add). Errors are problem details; a query syntax error says where.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class MonitoringApiController {

	private final MonitoringService monitoring;

	MonitoringApiController(MonitoringService monitoring) {
		this.monitoring = monitoring;
	}

	/**
	 * The sources a page at a time, by name ({@code page}, {@code size}, {@code Link} and
	 * {@code X-Total-Count} like the other API lists); the list stopped at 1,000.
	 */
	@GetMapping("/sources")
	PagedModel<SourceJson> sources(
			@SortableBy({ "name" }) @PageableDefault(size = 25, sort = "name") Pageable pageable) {
		return new PagedModel<>(this.monitoring.sources(pageable).map(SourceJson::of));
	}

	@PostMapping("/sources")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<SourceJson> createSource(@Valid @RequestBody SourceRequest request) {
		SourceForm form = new SourceForm();
		form.setKind(request.kind());
		form.setName(request.name());
		form.setUrl(request.url());
		form.setOwnerId(request.ownerId());
		form.setVendorId(request.vendorId());
		if (request.pollIntervalMinutes() != null) {
			form.setPollIntervalMinutes(request.pollIntervalMinutes());
		}
		if (form.getPollIntervalMinutes() < 5 || form.getPollIntervalMinutes() > 10080) {
			throw new org.smrdesk.core.FieldException("pollIntervalMinutes", "monitoring.source.interval.invalid");
		}
		if (!request.url().matches("^https?://\\S+$")) {
			throw new org.smrdesk.core.FieldException("url", "monitoring.source.url.invalid");
		}
		Source source = this.monitoring.createSource(form);
		return ResponseEntity.created(URI.create("/monitoring/sources/" + source.getId()))
			.body(SourceJson.of(this.monitoring.source(source.getId())));
	}

	@PostMapping("/sources/{id}/poll")
	@PreAuthorize("hasRole('LEAD')")
	PollOutcome poll(@PathVariable Long id) {
		return this.monitoring.pollNow(id);
	}

	@GetMapping("/queries")
	List<QueryJson> queries() {
		return this.monitoring.queries().stream().map(QueryJson::of).toList();
	}

	@PostMapping("/queries")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<QueryJson> createQuery(@Valid @RequestBody QueryRequest request) {
		QueryForm form = new QueryForm();
		form.setName(request.name());
		form.setQuery(request.query());
		form.setKind(request.kind());
		if (request.departmentIds() != null) {
			form.setDepartmentIds(request.departmentIds());
		}
		KeywordQuery query = this.monitoring.createQuery(form);
		return ResponseEntity.created(URI.create("/monitoring/queries/" + query.getId() + "/edit"))
			.body(QueryJson.of(this.monitoring.query(query.getId())));
	}

	@ExceptionHandler(QuerySyntaxException.class)
	ProblemDetail syntax(QuerySyntaxException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The query cannot be read: " + ex.getMessage());
		problem.setProperty("field", "query");
		problem.setProperty("position", ex.getPosition());
		return problem;
	}

	/**
	 * A new source.
	 *
	 * @param kind FEED, MASTODON, HACKER_NEWS or PUSH
	 * @param name its name
	 * @param url its address
	 * @param ownerId the user who looks after it
	 * @param vendorId the vendor who supplies it
	 * @param pollIntervalMinutes how often to poll (5 to 10080, default 60)
	 */
	record SourceRequest(@NotNull SourceKind kind, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 2000) String url, Long ownerId, Long vendorId, Integer pollIntervalMinutes) {
	}

	/**
	 * A source and its health.
	 *
	 * @param id the id
	 * @param kind the kind
	 * @param name the name
	 * @param url the address
	 * @param enabled whether it is polled
	 * @param disabledReason why not
	 * @param pollIntervalMinutes the interval
	 * @param nextPollAt the next poll
	 * @param lastSuccessAt the last successful poll
	 * @param lastError the last error
	 * @param lastErrorAt when
	 * @param failingSince failing since, or null
	 * @param consecutiveFailures failures in a row
	 */
	record SourceJson(Long id, SourceKind kind, String name, String url, boolean enabled, String disabledReason,
			int pollIntervalMinutes, Instant nextPollAt, Instant lastSuccessAt, String lastError, Instant lastErrorAt,
			Instant failingSince, int consecutiveFailures) {

		static SourceJson of(Source s) {
			return new SourceJson(s.getId(), s.getKind(), s.getName(), s.getUrl(), s.isEnabled(), s.getDisabledReason(),
					s.getPollIntervalMinutes(), s.getNextPollAt(), s.getLastSuccessAt(), s.getLastError(),
					s.getLastErrorAt(), s.getFailingSince(), s.getConsecutiveFailures());
		}

	}

	/**
	 * A new keyword query.
	 *
	 * @param name its name
	 * @param query the rule
	 * @param kind BRAND, PRODUCT, COMPETITOR, CRISIS or PERSON
	 * @param departmentIds the departments it matters to
	 */
	record QueryRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String query,
			@NotNull QueryKind kind, List<Long> departmentIds) {
	}

	/**
	 * A keyword query.
	 *
	 * @param id the id
	 * @param name the name
	 * @param query the rule
	 * @param kind the kind
	 * @param active whether it matches new mentions
	 * @param departments the departments it matters to
	 */
	record QueryJson(Long id, String name, String query, QueryKind kind, boolean active, List<String> departments) {

		static QueryJson of(KeywordQuery q) {
			return new QueryJson(q.getId(), q.getName(), q.getQuery(), q.getKind(), q.isActive(),
					q.getDepartments().stream().map((d) -> d.getName()).toList());
		}

	}

}
