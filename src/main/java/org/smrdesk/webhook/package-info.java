/**
 * Outgoing webhooks: the lead registers addresses per event; signed JSON (or Slack/Teams
 * text) deliveries are written in the transaction of the change and sent with retries.
 */
package org.smrdesk.webhook;
