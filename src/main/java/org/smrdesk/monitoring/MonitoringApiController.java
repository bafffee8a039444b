package org.smrdesk.monitoring;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.SortableBy;
import org.smrdesk.monitoring.MonitoringApiJson.QueryChangeRequest;
import org.smrdesk.monitoring.MonitoringApiJson.QueryJson;
import org.smrdesk.monitoring.MonitoringApiJson.QueryRequest;
import org.smrdesk.monitoring.MonitoringApiJson.SourceChangeRequest;
import org.smrdesk.monitoring.MonitoringApiJson.SourceJson;
import org.smrdesk.monitoring.MonitoringApiJson.SourceRequest;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring set-up as JSON: sources (list, add, read one with its health, change,
 * enable, disable, poll now) and keyword queries (list, add, read one, change), with the
 * pages' rules; changes take the record's {@code ETag} in {@code If-Match}. Errors are
 * problem details; a query syntax error says where.
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
		SourceForm form = sourceForm(request.name(), request.url(), request.ownerId(), request.vendorId(),
				request.pollIntervalMinutes());
		form.setKind(request.kind());
		Source source = this.monitoring.createSource(form);
		return ResponseEntity.created(URI.create("/monitoring/sources/" + source.getId()))
			.body(SourceJson.of(this.monitoring.source(source.getId())));
	}

	/**
	 * One source with its health (last success, last error, failures in a row), tagged
	 * for {@code If-Match}.
	 * @param id the source
	 * @return the source
	 */
	@GetMapping("/sources/{id}")
	ResponseEntity<SourceJson> source(@PathVariable Long id) {
		Source source = this.monitoring.source(id);
		return ApiVersions.tagged(SourceJson.of(source), source.getVersion());
	}

	/**
	 * Changes a source as its edit page does (a unique name, an http(s) address, an
	 * interval of 5 to 10080 minutes; its kind stays). The address is checked against
	 * private and local networks when it is polled, as for the page's sources.
	 * @param id the source
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request the new settings
	 * @return the source with its new {@code ETag}
	 */
	@PutMapping("/sources/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<SourceJson> updateSource(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody SourceChangeRequest request) {
		SourceForm form = sourceForm(request.name(), request.url(), request.ownerId(), request.vendorId(),
				request.pollIntervalMinutes());
		form.setVersion(ApiVersions.expected(ifMatch, this.monitoring.source(id).getVersion()));
		this.monitoring.updateSource(id, form);
		return source(id);
	}

	/**
	 * Polls a source again from now on (its disabled reason is cleared), as the page's
	 * "Enable" button.
	 * @param id the source
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @return the source with its new {@code ETag}
	 */
	@PostMapping("/sources/{id}/enable")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<SourceJson> enableSource(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch) {
		return switchSource(id, ifMatch, true);
	}

	/**
	 * Stops polling a source ("Disabled by hand"), as the page's "Disable" button.
	 * @param id the source
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @return the source with its new {@code ETag}
	 */
	@PostMapping("/sources/{id}/disable")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<SourceJson> disableSource(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch) {
		return switchSource(id, ifMatch, false);
	}

	private ResponseEntity<SourceJson> switchSource(Long id, String ifMatch, boolean enabled) {
		this.monitoring.enableSource(id, enabled,
				ApiVersions.expected(ifMatch, this.monitoring.source(id).getVersion()));
		return source(id);
	}

	private static SourceForm sourceForm(String name, String url, Long ownerId, Long vendorId,
			Integer pollIntervalMinutes) {
		SourceForm form = new SourceForm();
		form.setName(name);
		form.setUrl(url);
		form.setOwnerId(ownerId);
		form.setVendorId(vendorId);
		if (pollIntervalMinutes != null) {
			form.setPollIntervalMinutes(pollIntervalMinutes);
		}
		if (form.getPollIntervalMinutes() < 5 || form.getPollIntervalMinutes() > 10080) {
			throw new FieldException("pollIntervalMinutes", "monitoring.source.interval.invalid");
		}
		if (!url.matches("^https?://\\S+$")) {
			throw new FieldException("url", "monitoring.source.url.invalid");
		}
		return form;
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
		QueryForm form = queryForm(request.name(), request.query(), request.kind(), request.departmentIds());
		KeywordQuery query = this.monitoring.createQuery(form);
		return ResponseEntity.created(URI.create("/monitoring/queries/" + query.getId() + "/edit"))
			.body(QueryJson.of(this.monitoring.query(query.getId())));
	}

	/**
	 * One keyword query, tagged for {@code If-Match}.
	 * @param id the query
	 * @return the query
	 */
	@GetMapping("/queries/{id}")
	ResponseEntity<QueryJson> query(@PathVariable Long id) {
		KeywordQuery query = this.monitoring.query(id);
		return ApiVersions.tagged(QueryJson.of(query), query.getVersion());
	}

	/**
	 * Changes a query as its edit page does: a unique name, a rule that parses (a syntax
	 * error is a 422 naming the field and the position), on or off ({@code active: false}
	 * is how the page retires a query: it keeps its matches), and an incident opened
	 * automatically only for a CRISIS query. A changed or re-activated rule re-matches
	 * the recent mentions.
	 * @param id the query
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request the new settings
	 * @return the query with its new {@code ETag}
	 */
	@PutMapping("/queries/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<QueryJson> updateQuery(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody QueryChangeRequest request) {
		QueryForm form = queryForm(request.name(), request.query(), request.kind(), request.departmentIds());
		form.setActive(request.active());
		form.setAutoIncident(Boolean.TRUE.equals(request.autoIncident()));
		form.setVersion(ApiVersions.expected(ifMatch, this.monitoring.query(id).getVersion()));
		this.monitoring.updateQuery(id, form);
		return query(id);
	}

	private static QueryForm queryForm(String name, String rule, QueryKind kind, List<Long> departmentIds) {
		QueryForm form = new QueryForm();
		form.setName(name);
		form.setQuery(rule);
		form.setKind(kind);
		if (departmentIds != null) {
			form.setDepartmentIds(departmentIds);
		}
		return form;
	}

	@ExceptionHandler(QuerySyntaxException.class)
	ProblemDetail syntax(QuerySyntaxException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The query cannot be read: " + ex.getMessage());
		problem.setProperty("field", "query");
		problem.setProperty("position", ex.getPosition());
		return problem;
	}

}
