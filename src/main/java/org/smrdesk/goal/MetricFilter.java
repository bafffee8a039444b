package org.smrdesk.goal;

/**
 * What a goal's figure can be narrowed to.
 */
public enum MetricFilter {

	DEPARTMENT, SERVICE, QUERY

}
