package org.smrdesk.goal;

/**
 * What a metric is measured in.
 */
public enum MetricUnit {

	COUNT, PERCENT, HOURS, NUMBER

}
