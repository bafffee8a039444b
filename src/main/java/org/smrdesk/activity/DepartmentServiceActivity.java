package org.smrdesk.activity;

import java.time.LocalDate;

/**
 * A department that was active on a service: how often, and when last.
 */
public interface DepartmentServiceActivity {

	Long getDepartmentId();

	String getDepartmentName();

	Long getServiceId();

	String getServiceName();

	long getActivities();

	LocalDate getLastDate();

}
