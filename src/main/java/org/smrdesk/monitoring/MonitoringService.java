package org.smrdesk.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.UserService;
import org.smrdesk.supplier.VendorService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring set-up: sources (with their health and poll log, "Poll now"; OPML in and out
 * is {@link OpmlTransfer}) and keyword queries (a saved query is run over the recent
 * mentions, {@link QueryRematch}).
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

	private final SourceRepository sources;

	private final KeywordQueryRepository queries;

	private final SourcePoller poller;

	private final UserService users;

	private final VendorService vendors;

	private final DepartmentService departments;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final QueryRematch rematch;

	MonitoringService(SourceRepository sources, KeywordQueryRepository queries, SourcePoller poller, UserService users,
			VendorService vendors, DepartmentService departments, JdbcTemplate jdbc, Clock clock,
			QueryRematch rematch) {
		this.rematch = rematch;
		this.sources = sources;
		this.queries = queries;
		this.poller = poller;
		this.users = users;
		this.vendors = vendors;
		this.departments = departments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Page<Source> sources(Pageable pageable) {
		return this.sources.findAllBy(pageable);
	}

	public Source source(Long id) {
		return this.sources.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Source", id));
	}

	/**
	 * The sources failing or disabled, those failing longest first.
	 * @param limit how many at most
	 * @return the sources
	 */
	public List<Source> unhealthySources(int limit) {
		return this.sources.findUnhealthy(PageRequest.of(0, limit));
	}

	/**
	 * A source's latest polls, newest first.
	 * @param sourceId the source
	 * @param limit how many
	 * @return the log lines
	 */
	public List<PollLogLine> pollLog(Long sourceId, int limit) {
		return this.jdbc
			.query("""
					select polled_at, outcome, http_status, fetched, new_items, message, duration_ms
					from monitoring_poll_log where source_id = ? order by polled_at desc, id desc limit ?""",
					(rs, i) -> new PollLogLine(rs.getTimestamp(1).toInstant(), rs.getString(2),
							(Integer) rs.getObject(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getInt(7)),
					sourceId, limit);
	}

	@Transactional
	public Source createSource(SourceForm form) {
		requireUniqueSourceName(form.getName(), null);
		Source source = new Source(form.getKind(), form.getName().strip(), form.getUrl().strip(), this.clock.instant());
		apply(source, form);
		return this.sources.save(source);
	}

	@Transactional
	public Source updateSource(Long id, SourceForm form) {
		Source source = source(id);
		source.checkVersion(form.getVersion());
		requireUniqueSourceName(form.getName(), id);
		source.setName(form.getName().strip());
		source.setUrl(form.getUrl().strip());
		apply(source, form);
		return source;
	}

	private void apply(Source source, SourceForm form) {
		source.setOwner((form.getOwnerId() != null) ? this.users.get(form.getOwnerId()) : null);
		source.setVendor((form.getVendorId() != null) ? this.vendors.get(form.getVendorId()) : null);
		source.setPollIntervalMinutes(form.getPollIntervalMinutes());
	}

	private void requireUniqueSourceName(String name, Long id) {
		this.sources.findByNameIgnoreCase(name.strip()).filter((other) -> !other.getId().equals(id)).ifPresent((o) -> {
			throw new FieldException("name", "monitoring.source.name.taken");
		});
	}

	@Transactional
	public void enableSource(Long id, boolean enabled) {
		switchSource(source(id), enabled);
	}

	/**
	 * Enables or disables a source the caller last read at {@code expected} (the API's
	 * {@code If-Match}), checked inside the transaction.
	 * @param id the source
	 * @param enabled whether it is to be polled
	 * @param expected the version last read
	 * @return the source
	 */
	@Transactional
	public Source enableSource(Long id, boolean enabled, Long expected) {
		Source source = source(id);
		source.checkVersion(expected);
		switchSource(source, enabled);
		return source;
	}

	private void switchSource(Source source, boolean enabled) {
		if (enabled) {
			source.enable(this.clock.instant());
		}
		else {
			source.disable("Disabled by hand");
		}
	}

	/**
	 * Polls a source now, whatever its schedule.
	 * @param id the source
	 * @return what happened
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public PollOutcome pollNow(Long id) {
		Source source = source(id);
		if (!source.getKind().isPolled()) {
			throw new FieldException("kind", "monitoring.source.notPolled");
		}
		return this.poller.poll(id);
	}

	// Queries

	public List<KeywordQuery> queries() {
		return this.queries.findAllByOrderByName();
	}

	public KeywordQuery query(Long id) {
		return this.queries.findWithDepartmentsById(id).orElseThrow(() -> new NotFoundException("Query", id));
	}

	@Transactional
	public KeywordQuery createQuery(QueryForm form) {
		validate(form, null);
		KeywordQuery query = new KeywordQuery(form.getName().strip(), form.getQuery().strip(), form.getKind());
		apply(query, form);
		KeywordQuery saved = this.queries.save(query);
		if (saved.isActive()) {
			this.rematch.rematch(saved.getId(), saved.getQuery());
		}
		return saved;
	}

	@Transactional
	public KeywordQuery updateQuery(Long id, QueryForm form) {
		KeywordQuery query = query(id);
		query.checkVersion(form.getVersion());
		validate(form, id);
		boolean rerun = form.isActive() && (!query.isActive() || !query.getQuery().equals(form.getQuery().strip()));
		query.setName(form.getName().strip());
		query.setQuery(form.getQuery().strip());
		query.setKind(form.getKind());
		apply(query, form);
		if (rerun) {
			this.rematch.rematch(id, query.getQuery());
		}
		return query;
	}

	private void apply(KeywordQuery query, QueryForm form) {
		query.setActive(form.isActive());
		query.setAutoIncident(form.isAutoIncident() && form.getKind() == QueryKind.CRISIS);
		query.getDepartments().clear();
		this.departments.all()
			.stream()
			.filter((d) -> form.getDepartmentIds().contains(d.getId()))
			.forEach(query.getDepartments()::add);
	}

	private void validate(QueryForm form, Long id) {
		this.queries.findByNameIgnoreCase(form.getName().strip())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((o) -> {
				throw new FieldException("name", "monitoring.query.name.taken");
			});
		QueryMatcher.parse(form.getQuery());
	}

	/**
	 * One line of a source's poll log.
	 *
	 * @param polledAt when
	 * @param outcome what happened
	 * @param httpStatus the HTTP status
	 * @param fetched items read
	 * @param created new mentions
	 * @param message error or warning
	 * @param durationMs how long it took
	 */
	public record PollLogLine(Instant polledAt, String outcome, Integer httpStatus, int fetched, int created,
			String message, int durationMs) {
	}

}
