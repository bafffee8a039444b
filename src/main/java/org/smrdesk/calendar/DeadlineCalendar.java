package org.smrdesk.calendar;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.smrdesk.core.CalendarEntry;
import org.smrdesk.core.PublicUrls;

import org.springframework.stereotype.Component;

/**
 * Writes deadline entries as iCalendar (RFC 5545) with ical4j: each an all-day event
 * ({@code VALUE=DATE}, so no zone applies; the stamp is UTC), free time (a deadline does
 * not block the day), with a link to the record from {@code smr.public-url}.
 */
@Component
class DeadlineCalendar {

	static final String PRODUCT = "-//SMR Desk//Deadlines//EN";

	private final PublicUrls urls;

	DeadlineCalendar(PublicUrls urls) {
		this.urls = urls;
	}

	String write(String name, List<CalendarEntry> entries, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		for (CalendarEntry entry : entries) {
			VEvent event = new VEvent(entry.day(), entry.day().plusDays(1), entry.summary());
			event.add(new Uid(entry.uid() + "@smrdesk"));
			// the constructor stamps the event with the system time: one DTSTAMP, from
			// the
			// application clock
			event.replace(new DtStamp(now));
			event.add(ImmutableTransp.TRANSPARENT);
			if (entry.description() != null) {
				event.add(new Description(entry.description()));
			}
			if (entry.category() != null) {
				event.add(new Categories(entry.category()));
			}
			if (entry.path() != null) {
				event.add(new Url(URI.create(this.urls.absolute(entry.path()))));
			}
			calendar.add(event);
		}
		return calendar.toString();
	}

}
