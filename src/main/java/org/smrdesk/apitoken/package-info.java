/**
 * Personal access tokens for the JSON API: created on the account page, shown once,
 * stored as a SHA-256 hash, scoped (read or write), expiring and revocable; sent as
 * {@code Authorization: Bearer ...}.
 */
package org.smrdesk.apitoken;
