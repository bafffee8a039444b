/**
 * Personal deadline calendar feeds: a secret URL per person, filled by the features'
 * {@link org.smrdesk.core.CalendarSource}s.
 */
package org.smrdesk.calendar;
