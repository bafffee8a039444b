/**
 * Telling people what happened: in-app notifications, the e-mail outbox and its sender,
 * daily reminders and digests, per-kind preferences and one-click unsubscribe links.
 */
package org.smrdesk.notification;
