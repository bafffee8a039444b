/**
 * The audit log: who changed what, when, for every record; read by the lead.
 */
package org.smrdesk.audit;
