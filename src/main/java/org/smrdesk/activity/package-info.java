/**
 * The department activity log: what each department does on which social service, logged
 * by staff in seconds and seen by the lead as the company's social media footprint.
 */
package org.smrdesk.activity;
