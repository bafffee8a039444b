/**
 * Incidents and crisis timelines: report, triage, consultation, an append-only timeline,
 * milestones and the manager's post-incident review.
 */
package org.smrdesk.incident;
