/**
 * Monitoring: sources polled on a schedule, keyword queries, the mentions inbox, volume
 * and spike alerts that can open incidents.
 */
package org.smrdesk.monitoring;
