package org.smrdesk.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.smrdesk.core.Times;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The rows of the incidents list with their texts made once, in Java: the age, the three
 * milestones and the detection moment. The list evaluated a fragment with a conditional,
 * a message with number arguments and a bean call per figure, five per row.
 */
@Component
public class IncidentRows {

	private final MessageSource messages;

	private final Times times;

	IncidentRows(MessageSource messages, Times times) {
		this.messages = messages;
		this.times = times;
	}

	/**
	 * The rows of a page of the list, as the signed-in user reads them.
	 * @param page the page found
	 * @return the same page of rows
	 */
	public Page<Row> of(Page<IncidentSearch.Listed> page) {
		Locale locale = LocaleContextHolder.getLocale();
		ZoneId zone = this.times.zone();
		Instant now = this.times.instant();
		return page.map((listed) -> {
			Milestones m = listed.milestones();
			return new Row(listed.incident(), text(listed.age(now), locale), text(m.toTriage(), locale),
					text(m.toFirstResponse(), locale), text(m.toResolution(), locale),
					Times.format(listed.incident().getDetectedAt(), zone));
		});
	}

	private String text(Milestones.Elapsed elapsed, Locale locale) {
		return (elapsed != null) ? this.messages.getMessage(elapsed.key(), elapsed.args(), locale) : null;
	}

	/**
	 * An incident in the list.
	 *
	 * @param incident the incident
	 * @param age how long it has been open, or took ({@code 2 d 3 h})
	 * @param toTriage time to triage, or null when not yet
	 * @param toFirstResponse time to the first response, or null
	 * @param toResolution time to resolution, or null
	 * @param detectedAt when it was detected, with the zone
	 */
	public record Row(Incident incident, String age, String toTriage, String toFirstResponse, String toResolution,
			String detectedAt) {

	}

}
