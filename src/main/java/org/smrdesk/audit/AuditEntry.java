package org.smrdesk.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One audit row, written by the core audit listener. Read-only here.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

	@Id
	private Long id;

	@Column(nullable = false)
	private String actor;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String action;

	@Column(name = "entity_type", nullable = false)
	private String entityType;

	@Column(name = "entity_id", nullable = false)
	private Long entityId;

	@Column(name = "changed_fields", nullable = false)
	private String changedFields;

	protected AuditEntry() {
	}

	public Long getId() {
		return this.id;
	}

	public String getActor() {
		return this.actor;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public List<String> getChangedFields() {
		return this.changedFields.isEmpty() ? List.of() : Arrays.asList(this.changedFields.split(","));
	}

}
