package org.smrdesk.policy;

import java.util.List;

/**
 * A row of {@link PolicyVersionRepository#coverage()} or
 * {@link PolicyVersionRepository#lowestCoverage(int)}: a plain class read from the row's
 * values, not an interface projection (whose proxy answered each getter through several
 * interceptors: 60 % of the policies CSV's samples, 1,600 rows of eight values on the
 * large dataset).
 */
public final class CoverageRow {

	private final Long policyId;

	private final Long versionId;

	private final int number;

	private final String title;

	private final Long departmentId;

	private final String departmentName;

	private final long expected;

	private final long acknowledged;

	private CoverageRow(Object[] row) {
		this.policyId = ((Number) row[0]).longValue();
		this.versionId = ((Number) row[1]).longValue();
		this.number = ((Number) row[2]).intValue();
		this.title = (String) row[3];
		this.departmentId = (row[4] != null) ? ((Number) row[4]).longValue() : null;
		this.departmentName = (String) row[5];
		this.expected = ((Number) row[6]).longValue();
		this.acknowledged = ((Number) row[7]).longValue();
	}

	/**
	 * The rows of a coverage query.
	 * @param rows its rows, columns in the query's order
	 * @return the rows
	 */
	static List<CoverageRow> of(List<Object[]> rows) {
		return rows.stream().map(CoverageRow::new).toList();
	}

	Long getPolicyId() {
		return this.policyId;
	}

	Long getVersionId() {
		return this.versionId;
	}

	int getNumber() {
		return this.number;
	}

	String getTitle() {
		return this.title;
	}

	Long getDepartmentId() {
		return this.departmentId;
	}

	String getDepartmentName() {
		return this.departmentName;
	}

	long getExpected() {
		return this.expected;
	}

	long getAcknowledged() {
		return this.acknowledged;
	}

}
