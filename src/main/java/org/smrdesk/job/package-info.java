/**
 * Background jobs for the lead: every scheduled job of every node, its last run, next run
 * and failures.
 */
package org.smrdesk.job;
