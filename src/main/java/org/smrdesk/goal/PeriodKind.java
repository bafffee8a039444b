package org.smrdesk.goal;

/**
 * How long a goal's period is.
 */
public enum PeriodKind {

	YEAR, QUARTER, MONTH

}
