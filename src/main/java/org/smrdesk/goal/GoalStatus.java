package org.smrdesk.goal;

/**
 * Where a goal stands: judged pro rata of the period elapsed for counts, as it stands for
 * rates and medians, and finally once the period is over.
 */
public enum GoalStatus {

	ON_TRACK, AT_RISK, ACHIEVED, MISSED, NO_DATA, NOT_STARTED

}
