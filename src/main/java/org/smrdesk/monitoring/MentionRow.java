package org.smrdesk.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A mention as lists, pages and the API show it.
 *
 * @param id the mention
 * @param version for optimistic locking of triage
 * @param title the title (may be null)
 * @param url the link (may be null)
 * @param body the plain text
 * @param author the author (may be null)
 * @param authorUrl the author's profile (may be null)
 * @param site the host
 * @param publishedAt when published (may be null)
 * @param fetchedAt when first fetched
 * @param sourceId the source that first saw it
 * @param sourceName its name
 * @param state the triage state
 * @param assigneeId who triages it (may be null)
 * @param assigneeName their name
 * @param incidentId the incident it was escalated into (may be null)
 * @param sightings how many sources saw it
 * @param queries the names of the queries it matched
 * @param contact the known contact who wrote it, or null
 */
public record MentionRow(Long id, long version, String title, String url, String body, String author, String authorUrl,
		String site, Instant publishedAt, Instant fetchedAt, Long sourceId, String sourceName, MentionState state,
		Long assigneeId, String assigneeName, Long incidentId, int sightings, List<String> queries,
		KnownContact contact) {

	public String displayTitle() {
		if (this.title != null && !this.title.isBlank()) {
			return this.title;
		}
		return excerpt(80);
	}

	public String excerpt(int length) {
		if (this.body == null) {
			return "";
		}
		return (this.body.length() > length) ? this.body.substring(0, length) + "…" : this.body;
	}

	public Instant when() {
		return (this.publishedAt != null) ? this.publishedAt : this.fetchedAt;
	}

	MentionRow with(List<String> queryNames, KnownContact known) {
		return new MentionRow(this.id, this.version, this.title, this.url, this.body, this.author, this.authorUrl,
				this.site, this.publishedAt, this.fetchedAt, this.sourceId, this.sourceName, this.state,
				this.assigneeId, this.assigneeName, this.incidentId, this.sightings, queryNames, known);
	}

}
