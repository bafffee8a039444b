package org.smrdesk.incident;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smrdesk.core.Times;
import org.springframework.context.MessageSource;

/**
 * One timeline entry as the incident page and its print view show it, with the texts
 * every entry repeats made once, in Java: its moments in the user's zone, its CSS
 * classes, the entries correcting it, its evidence and its label in the "corrects" and
 * "documents" drop-downs. A page of 50 entries evaluated these per entry in the templates
 * (a bean call, a zone look-up and a formatter per moment, map look-ups per condition), a
 * large share of the page's CPU.
 *
 * @param entry the entry
 * @param occurredAt when it happened, with the zone ({@code 2026-11-24 10:00 CET})
 * @param recordedAt when it was recorded, with the zone
 * @param typeCss its type's CSS class ({@code type-status_change})
 * @param css the classes of its list item: type and scope
 * @param correctedBy the ids of the later entries that correct it, empty if none
 * @param evidence the evidence attached to it, empty if none
 * @param option its label in a drop-down of entries
 * ({@code #4 · 2026-11-24 10:00 CET · Note})
 */
public record TimelineLine(TimelineEntry entry, String occurredAt, String recordedAt, String typeCss, String css,
		List<Long> correctedBy, List<ListedEvidence> evidence, String option) {

	/**
	 * Whether a later entry corrects this one.
	 * @return true when corrected
	 */
	public boolean isCorrected() {
		return !this.correctedBy.isEmpty();
	}

	/**
	 * Builds the lines of one page: one zone, one locale, each type's label looked up
	 * once.
	 */
	static final class Builder {

		private final ZoneId zone;

		private final MessageSource messages;

		private final Locale locale;

		private final Map<Long, List<Long>> correctedBy;

		private final Map<Long, List<ListedEvidence>> evidence;

		private final Map<TimelineEntryType, String> typeLabels = new EnumMap<>(TimelineEntryType.class);

		Builder(ZoneId zone, MessageSource messages, Locale locale, Map<Long, List<Long>> correctedBy,
				Map<Long, List<ListedEvidence>> evidence) {
			this.zone = zone;
			this.messages = messages;
			this.locale = locale;
			this.correctedBy = correctedBy;
			this.evidence = evidence;
		}

		List<TimelineLine> lines(List<TimelineEntry> entries) {
			return entries.stream().map(this::line).toList();
		}

		private TimelineLine line(TimelineEntry entry) {
			String occurredAt = Times.format(entry.getOccurredAt(), this.zone);
			String typeCss = "type-" + entry.getType().name().toLowerCase(Locale.ROOT);
			String css = typeCss + (entry.isExternal() ? " is-external" : " is-internal");
			String typeLabel = this.typeLabels.computeIfAbsent(entry.getType(),
					(type) -> this.messages.getMessage("incident.entry.type." + type.name(), null, this.locale));
			String option = this.messages.getMessage("incident.entry.option",
					new Object[] { "#" + entry.getId(), occurredAt, typeLabel }, this.locale);
			return new TimelineLine(entry, occurredAt, Times.format(entry.getRecordedAt(), this.zone), typeCss, css,
					this.correctedBy.getOrDefault(entry.getId(), List.of()),
					this.evidence.getOrDefault(entry.getId(), List.of()), option);
		}

	}

}
