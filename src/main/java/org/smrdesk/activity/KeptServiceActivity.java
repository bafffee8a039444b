package org.smrdesk.activity;

import java.time.LocalDate;

/**
 * A copy of a {@link DepartmentServiceActivity} row that may be kept between requests
 * (plain values, no query result behind it).
 *
 * @param departmentId the department
 * @param departmentName its name
 * @param serviceId the service
 * @param serviceName its name
 * @param activities how many activities
 * @param lastDate the last one's date
 */
record KeptServiceActivity(Long departmentId, String departmentName, Long serviceId, String serviceName,
		long activities, LocalDate lastDate) implements DepartmentServiceActivity {

	static KeptServiceActivity of(DepartmentServiceActivity row) {
		return new KeptServiceActivity(row.getDepartmentId(), row.getDepartmentName(), row.getServiceId(),
				row.getServiceName(), row.getActivities(), row.getLastDate());
	}

	@Override
	public Long getDepartmentId() {
		return this.departmentId;
	}

	@Override
	public String getDepartmentName() {
		return this.departmentName;
	}

	@Override
	public Long getServiceId() {
		return this.serviceId;
	}

	@Override
	public String getServiceName() {
		return this.serviceName;
	}

	@Override
	public long getActivities() {
		return this.activities;
	}

	@Override
	public LocalDate getLastDate() {
		return this.lastDate;
	}

}
