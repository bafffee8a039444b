package org.smrdesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.smrdesk.core.AuditLog;
import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log, and records the actions that are not plain changes (an export or
 * an erasure of personal data).
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	private final AuditRepository entries;

	private final JdbcTemplate jdbc;

	private final AuditLog log;

	AuditService(AuditRepository entries, JdbcTemplate jdbc, AuditLog log) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.log = log;
	}

	public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
		return Paging.within(pageable, (reachable) -> page(filter, reachable));
	}

	/**
	 * A page of the log with a count that stops at {@link Paging#MAX_ROWS} (the log grows
	 * without end; an exact count reads all of it on every view).
	 */
	private Page<AuditEntry> page(AuditFilter filter, Pageable pageable) {
		Slice<AuditEntry> slice = this.entries.findBy(specification(filter), (query) -> query.slice(pageable));
		if (pageable.isUnpaged() || (pageable.getOffset() == 0 && !slice.hasNext())) {
			return new PageImpl<>(slice.getContent(), pageable, slice.getNumberOfElements());
		}
		StringBuilder sql = new StringBuilder("select count(*) from (select 1 from audit_log where true");
		List<Object> arguments = new ArrayList<>();
		if (filter.entity() != null && !filter.entity().isBlank()) {
			sql.append(" and entity_type = ?");
			arguments.add(filter.entity());
		}
		if (filter.entityId() != null) {
			sql.append(" and entity_id = ?");
			arguments.add(filter.entityId());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" and lower(actor) like ?");
			arguments.add("%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%");
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			arguments.add(java.sql.Timestamp.from(startOf(filter.from())));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			arguments.add(java.sql.Timestamp.from(startOf(filter.to().plusDays(1))));
		}
		sql.append(" limit ").append(Paging.MAX_ROWS + 1).append(") c");
		Long count = this.jdbc.queryForObject(sql.toString(), Long.class, arguments.toArray());
		return new PageImpl<>(slice.getContent(), pageable, (count != null) ? count : 0);
	}

	public List<String> entityTypes() {
		return this.entries.findEntityTypes();
	}

	/**
	 * Records an action that is not a create, update or delete, through the one writer of
	 * the log ({@link AuditLog}).
	 * @param actor who did it
	 * @param action an {@link AuditLog.Action} name (the log's check constraint refuses
	 * any other)
	 * @param entityType the record's type
	 * @param entityId the record's id
	 */
	@Transactional
	public void record(String actor, String action, String entityType, Long entityId) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			this.log.write(connection, actor, action, entityType, entityId, List.of());
			return null;
		});
	}

	/**
	 * Records an action that is not a create, update or delete.
	 * @param actor who did it
	 * @param action {@link AuditLog.Action#EXPORT} or {@link AuditLog.Action#ERASE}
	 * @param entityType the record's type
	 * @param entityId the record's id
	 */
	@Transactional
	public void record(String actor, AuditLog.Action action, String entityType, Long entityId) {
		record(actor, action.name(), entityType, entityId);
	}

	private static Specification<AuditEntry> specification(AuditFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.entity() != null && !filter.entity().isBlank()) {
				predicates.add(cb.equal(root.get("entityType"), filter.entity()));
			}
			if (filter.entityId() != null) {
				predicates.add(cb.equal(root.get("entityId"), filter.entityId()));
			}
			if (filter.actor() != null && !filter.actor().isBlank()) {
				predicates.add(cb.like(cb.lower(root.get("actor")),
						"%" + filter.actor().trim().toLowerCase(Locale.ROOT) + "%"));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), startOf(filter.from())));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), startOf(filter.to().plusDays(1))));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * What the lead filters the log by.
	 *
	 * @param entity the entity type
	 * @param entityId the record's id
	 * @param actor part of the actor's login
	 * @param from first day (UTC)
	 * @param to last day (UTC)
	 */
	public record AuditFilter(String entity, Long entityId, String actor, LocalDate from, LocalDate to) {
	}

}
