package org.smrdesk.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Collection;

import org.springframework.stereotype.Component;

/**
 * The one writer of {@code audit_log} rows. {@link AuditLogListener} writes a row for
 * every create, update and delete of an {@link AuditableEntity}; the audit feature's
 * {@code AuditService.record} writes the actions that are not plain changes (an export,
 * an erasure). Both come here: one insert, one clock, one action vocabulary
 * ({@link Action}, the values the table's check constraint allows). Rows name fields,
 * never their values. A row is written on the caller's connection, so it commits or rolls
 * back with the change it records.
 */
@Component
public class AuditLog {

	private static final String INSERT = """
			insert into audit_log (actor, occurred_at, action, entity_type, entity_id, changed_fields)
			values (?, ?, ?, ?, ?, ?)""";

	private final Clock clock;

	AuditLog(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Writes one row.
	 * @param connection the connection of the current transaction
	 * @param actor who did it
	 * @param action what they did ({@link Action} names, in upper case)
	 * @param entityType the record's type (its class's simple name)
	 * @param entityId the record's id
	 * @param fields the names of the fields concerned (none for an export or erasure)
	 * @throws SQLException when the row cannot be written
	 */
	public void write(Connection connection, String actor, String action, String entityType, Long entityId,
			Collection<String> fields) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			statement.setString(1, actor);
			statement.setTimestamp(2, Timestamp.from(this.clock.instant()));
			statement.setString(3, action);
			statement.setString(4, entityType);
			statement.setObject(5, entityId, Types.BIGINT);
			statement.setString(6, String.join(",", fields));
			statement.executeUpdate();
		}
	}

	/**
	 * Writes one row per record in JDBC batches (a bulk import): the same rows as
	 * {@link #write} for each.
	 * @param connection the connection of the current transaction
	 * @param actor who did it
	 * @param action what they did
	 * @param entityType the records' type
	 * @param entityIds the records' ids
	 * @param fields the names of the fields concerned, one list per record
	 * @throws SQLException when the rows cannot be written
	 */
	public void writeAll(Connection connection, String actor, String action, String entityType,
			java.util.List<Long> entityIds, java.util.List<? extends Collection<String>> fields) throws SQLException {
		Timestamp now = Timestamp.from(this.clock.instant());
		try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
			for (int i = 0; i < entityIds.size(); i++) {
				statement.setString(1, actor);
				statement.setTimestamp(2, now);
				statement.setString(3, action);
				statement.setString(4, entityType);
				statement.setObject(5, entityIds.get(i), Types.BIGINT);
				statement.setString(6, String.join(",", fields.get(i)));
				statement.addBatch();
				if ((i + 1) % BATCH == 0) {
					statement.executeBatch();
				}
			}
			statement.executeBatch();
		}
	}

	/** Rows per JDBC batch of {@link #writeAll}. */
	private static final int BATCH = 1_000;

	/**
	 * What happened to a record: the vocabulary of {@code audit_log.action}.
	 */
	public enum Action {

		/** A record was created (written by {@link AuditLogListener}). */
		CREATE,

		/** A record was changed. */
		UPDATE,

		/** A record was deleted. */
		DELETE,

		/** A person's data was exported. */
		EXPORT,

		/** A person's data was erased. */
		ERASE,

		// security events (user.SecurityEvents, V8): the entity is the user concerned

		/** A wrong password, or an unknown account. */
		SIGN_IN_FAILED,

		/** A sign-in refused while the account or address is locked. */
		SIGN_IN_REFUSED,

		/** An account locked after too many failures. */
		ACCOUNT_LOCKED,

		/** An address throttled after too many failures. */
		ADDRESS_THROTTLED,

		/** A request answered 403. */
		ACCESS_DENIED,

		/** A user's role changed. */
		ROLE_CHANGED,

		/** A password changed. */
		PASSWORD_CHANGED,

		/** A second factor turned on. */
		MFA_ENABLED,

		/** A second factor turned off. */
		MFA_DISABLED,

		/** A wrong second-factor code. */
		MFA_FAILED,

		/** A recovery code used. */
		RECOVERY_CODE_USED,

		/** New recovery codes. */
		RECOVERY_CODES_RENEWED

	}

}
