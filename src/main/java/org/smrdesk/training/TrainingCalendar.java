package org.smrdesk.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

/**
 * Writes sessions as iCalendar (RFC 5545): times in the configured zone with a TZID and
 * the matching VTIMEZONE, so any calendar app places them right.
 */
@Component
class TrainingCalendar {

	static final String PRODUCT = "-//SMR Desk//Trainings//EN";

	private final ZoneId zone;

	private final VTimeZone timeZone;

	TrainingCalendar(TrainingSettings settings) {
		this.zone = settings.zone();
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		this.timeZone = registry.getTimeZone(this.zone.getId()).getVTimeZone();
	}

	/**
	 * One session, for a download.
	 * @param session the session (with its training)
	 * @param now the time stamp of the file
	 * @return the calendar text
	 */
	String session(TrainingSession session, Instant now) {
		Calendar calendar = calendar(session.getTraining().getTitle());
		calendar.add(event(session, null, now));
		return calendar.toString();
	}

	/**
	 * A person's feed: every session they hold a place in (confirmed) or wait for
	 * (tentative).
	 * @param name the feed's name
	 * @param enrolments the person's enrolments (with sessions and trainings)
	 * @param now the time stamp of the file
	 * @return the calendar text
	 */
	String feed(String name, List<Enrolment> enrolments, Instant now) {
		Calendar calendar = calendar(name);
		for (Enrolment enrolment : enrolments) {
			calendar.add(event(enrolment.getSession(), enrolment.getStatus(), now));
		}
		return calendar.toString();
	}

	private Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", this.zone.getId()));
		calendar.add(this.timeZone);
		return calendar;
	}

	private VEvent event(TrainingSession session, EnrolmentStatus status, Instant now) {
		Training training = session.getTraining();
		ZonedDateTime start = session.getStartsAt().atZone(this.zone);
		ZonedDateTime end = session.getEndsAt().atZone(this.zone);
		VEvent event = new VEvent(start, end, training.getTitle());
		event.add(new Uid("training-session-" + session.getId() + "@smrdesk"));
		// the constructor already stamps the event with the system time: replace it (one
		// DTSTAMP per event, RFC 5545), so the stamp comes from the application clock
		event.replace(new DtStamp(now));
		event.add(new Location(session.getLocation()));
		String trainer = training.getTrainerName();
		if (trainer != null) {
			event.add(new Description("Trainer: " + trainer));
		}
		if (status == EnrolmentStatus.WAITLISTED) {
			event.add(ImmutableStatus.VEVENT_TENTATIVE);
		}
		else {
			event.add(ImmutableStatus.VEVENT_CONFIRMED);
		}
		return event;
	}

}
