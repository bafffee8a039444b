package org.smrdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
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

	private final Clock clock;

	AuditService(AuditRepository entries, JdbcTemplate jdbc, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
		return Paging.within(pageable, (reachable) -> this.entries.findAll(specification(filter), reachable));
	}

	public List<String> entityTypes() {
		return this.entries.findEntityTypes();
	}

	/**
	 * Records an action that is not a create, update or delete, such as {@code EXPORT} or
	 * {@code ERASE}.
	 * @param actor who did it
	 * @param action {@code EXPORT} or {@code ERASE}
	 * @param entityType the record's type
	 * @param entityId the record's id
	 */
	@Transactional
	public void record(String actor, String action, String entityType, Long entityId) {
		this.jdbc.update(
				"insert into audit_log (actor, occurred_at, action, entity_type, entity_id, changed_fields) values (?, ?, ?, ?, ?, '')",
				actor, java.sql.Timestamp.from(this.clock.instant()), action, entityType, entityId);
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
