/**
 * Trainings for functional groups: courses, sessions, enrolment with a waiting list,
 * attendance, coverage per department and calendar feeds.
 */
package org.smrdesk.training;
