package org.smrdesk.policy;

import java.time.Instant;
import java.util.List;

import org.smrdesk.core.Times;

/**
 * A row of {@link PolicyVersionRepository#people}: a plain class read from the row's
 * values, not an interface projection (whose proxy answered each getter the page asks for
 * through several interceptors: a tenth of the acknowledgement page's samples).
 */
public final class PersonStatus {

	private final Long userId;

	private final String name;

	private final String email;

	private final String departmentName;

	private final Instant acknowledgedAt;

	private PersonStatus(Object[] row) {
		this.userId = ((Number) row[0]).longValue();
		this.name = (String) row[1];
		this.email = (String) row[2];
		this.departmentName = (String) row[3];
		this.acknowledgedAt = Times.instant(row[4]);
	}

	/**
	 * The rows of {@link PolicyVersionRepository#people}.
	 * @param rows its rows, columns in the query's order
	 * @return the rows
	 */
	static List<PersonStatus> of(List<Object[]> rows) {
		return rows.stream().map(PersonStatus::new).toList();
	}

	public Long getUserId() {
		return this.userId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDepartmentName() {
		return this.departmentName;
	}

	public Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

}
