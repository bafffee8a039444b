package org.smrdesk.monitoring;

import java.time.ZoneOffset;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RecordLinkSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an incident's page, the mentions escalated into it; on a contact's page, the
 * mentions they wrote.
 */
@Component
@Order(10)
class MentionLinks implements RecordLinkSource {

	private final MentionService mentions;

	MentionLinks(MentionService mentions) {
		this.mentions = mentions;
	}

	@Override
	public boolean appliesTo(String recordKind) {
		return INCIDENT.equals(recordKind) || CONTACT.equals(recordKind);
	}

	@Override
	public String headingKey() {
		return "monitoring.links.mentions";
	}

	@Override
	public List<Link> linksFor(String recordKind, Long recordId, CurrentUser user) {
		List<MentionRow> rows = INCIDENT.equals(recordKind) ? this.mentions.ofIncident(recordId)
				: this.mentions.ofContact(recordId, user, 20);
		return rows.stream()
			.map((m) -> new Link(m.displayTitle(), "/monitoring/mentions/" + m.id(),
					((m.author() != null) ? m.author() + " · " : "") + m.when().atOffset(ZoneOffset.UTC).toLocalDate()))
			.toList();
	}

}
