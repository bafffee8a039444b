package org.smrdesk.activity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.AuditLog;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Inserts many new activities at once (the CSV import) in JDBC batches, on the connection
 * of the current transaction, with their audit rows ({@link AuditLog#writeAll}): an
 * entity per row through Hibernate means one round trip per insert (identity keys cannot
 * be batched) and another per audit row. The rows are the ones {@code ActivityService}
 * built and checked; the audit rows name the same fields as for one created activity.
 */
@Component
class ActivityBatchInsert {

	private static final String INSERT = """
			insert into activities (department_id, service_id, account_id, kind, title, link, activity_date,
			                        owner_id, status, reach, engagement, notes, version, created_at, created_by,
			                        updated_at, updated_by)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";

	private static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ActivityBatchInsert(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Inserts the activities (not managed by Hibernate afterwards) and their audit rows.
	 * @param activities new activities
	 * @return how many were inserted
	 */
	int insert(List<Activity> activities) {
		String actor = actor();
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.execute((ConnectionCallback<Integer>) (connection) -> {
			List<Long> ids = new ArrayList<>(activities.size());
			List<List<String>> fields = new ArrayList<>(activities.size());
			try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] { "id" })) {
				for (int i = 0; i < activities.size(); i++) {
					Activity activity = activities.get(i);
					bind(insert, activity, actor, now);
					fields.add(fields(activity));
					insert.addBatch();
					if ((i + 1) % BATCH == 0 || i == activities.size() - 1) {
						insert.executeBatch();
						keys(insert, ids);
					}
				}
			}
			this.audit.writeAll(connection, actor, AuditLog.Action.CREATE.name(), Activity.class.getSimpleName(), ids,
					fields);
			return ids.size();
		});
	}

	private static void bind(PreparedStatement insert, Activity activity, String actor, Timestamp now)
			throws SQLException {
		insert.setLong(1, activity.getDepartment().getId());
		insert.setLong(2, activity.getService().getId());
		insert.setObject(3, (activity.getAccount() != null) ? activity.getAccount().getId() : null, Types.BIGINT);
		insert.setString(4, activity.getKind().name());
		insert.setString(5, activity.getTitle());
		insert.setString(6, activity.getLink());
		insert.setDate(7, Date.valueOf(activity.getActivityDate()));
		insert.setLong(8, activity.getOwner().getId());
		insert.setString(9, activity.getStatus().name());
		insert.setObject(10, activity.getReach(), Types.INTEGER);
		insert.setObject(11, activity.getEngagement(), Types.INTEGER);
		insert.setString(12, activity.getNotes());
		insert.setTimestamp(13, now);
		insert.setString(14, actor);
		insert.setTimestamp(15, now);
		insert.setString(16, actor);
	}

	/**
	 * The fields set, in the entity's order, as the audit listener names them.
	 */
	private static List<String> fields(Activity activity) {
		List<String> fields = new ArrayList<>();
		add(fields, "department", activity.getDepartment());
		add(fields, "service", activity.getService());
		add(fields, "account", activity.getAccount());
		add(fields, "kind", activity.getKind());
		add(fields, "title", activity.getTitle());
		add(fields, "link", activity.getLink());
		add(fields, "activityDate", activity.getActivityDate());
		add(fields, "owner", activity.getOwner());
		add(fields, "status", activity.getStatus());
		add(fields, "reach", activity.getReach());
		add(fields, "engagement", activity.getEngagement());
		add(fields, "notes", activity.getNotes());
		return fields;
	}

	private static void add(List<String> fields, String name, Object value) {
		if (value != null) {
			fields.add(name);
		}
	}

	private static void keys(PreparedStatement insert, List<Long> ids) throws SQLException {
		try (ResultSet keys = insert.getGeneratedKeys()) {
			while (keys.next()) {
				ids.add(keys.getLong(1));
			}
		}
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getName() != null) ? authentication.getName() : "system";
	}

}
