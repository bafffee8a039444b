package org.smrdesk.monitoring;

import java.time.Instant;

/**
 * One item as a source gave it, before dedup and storage.
 *
 * @param guid the source's own id for it (RSS guid, Atom id, status URI), or null
 * @param url its link, or null
 * @param title its title, or null
 * @param html its text, possibly HTML
 * @param author who wrote it, or null
 * @param authorUrl the author's profile or blog, or null
 * @param publishedAt when it was published, or null
 */
record FetchedItem(String guid, String url, String title, String html, String author, String authorUrl,
		Instant publishedAt) {

}
