package org.smrdesk.training;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The .ics download and the personal feed, parsed back with ical4j: the times are the
 * stored instants, written in the configured zone (Europe/Berlin) with its VTIMEZONE.
 */
@IntegrationTest
class TrainingCalendarTests {

	private static final Instant SUMMER = Instant.parse("2030-07-01T08:00:00Z");

	private static final Instant WINTER = Instant.parse("2030-01-15T09:30:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CalendarFeedService feeds;

	@Autowired
	private EnrolmentService enrolments;

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService userDetails;

	@Test
	void aSessionDownloadCarriesItsTimesInTheConfiguredZone() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Calendar", false, null,
				TestData.department(this.jdbc, "Calendar Dept"));
		long summer = TrainingFixtures.session(this.jdbc, training, SUMMER, 10);
		long winter = TrainingFixtures.session(this.jdbc, training, WINTER, 10);
		String email = TestData.user(this.jdbc, Role.STAFF, "Calendar Dept");

		MvcResult result = this.mvc
			.perform(get("/trainings/sessions/{id}/calendar.ics", summer)
				.with(user(this.userDetails.loadUserByUsername(email))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andReturn();
		Calendar calendar = parse(result.getResponse().getContentAsString());

		assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent()
			.get()
			.satisfies((tz) -> assertThat(tz.getProperty(Property.TZID).orElseThrow().getValue())
				.isEqualTo("Europe/Berlin"));
		VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("training-session-" + summer + "@smrdesk");
		assertTime(event, Property.DTSTART, "20300701T100000", SUMMER);
		assertTime(event, Property.DTEND, "20300701T113000", SUMMER.plusSeconds(90 * 60));
		assertOneTimeStampPerEvent(calendar);

		String winterText = this.mvc
			.perform(get("/trainings/sessions/{id}/calendar.ics", winter)
				.with(user(this.userDetails.loadUserByUsername(email))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertTime((VEvent) parse(winterText).getComponent(Component.VEVENT).orElseThrow(), Property.DTSTART,
				"20300115T103000", WINTER);
	}

	@Test
	void theFeedOpensWithItsTokenAloneAndStopsWhenTheTokenIsReplaced() throws Exception {
		long training = TrainingFixtures.training(this.jdbc, "Feed", false, null,
				TestData.department(this.jdbc, "Feed Dept"));
		long mine = TrainingFixtures.session(this.jdbc, training, Instant.now().plusSeconds(86_400 * 3), 10);
		long notMine = TrainingFixtures.session(this.jdbc, training, Instant.now().plusSeconds(86_400 * 4), 10);
		CurrentUser person = TrainingFixtures.person(this.jdbc, Role.STAFF, "Feed Dept");
		CurrentUser other = TrainingFixtures.person(this.jdbc, Role.STAFF, "Feed Dept");
		this.enrolments.enrol(mine, person);
		this.enrolments.enrol(notMine, other);
		String token = this.feeds.tokenOf(person.id());

		String text = this.mvc.perform(get("/trainings/feed/{token}.ics", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar feed = parse(text);
		assertOneTimeStampPerEvent(feed);
		List<VEvent> events = feed.getComponents(Component.VEVENT);
		assertThat(events).extracting((e) -> e.getProperty(Property.UID).orElseThrow().getValue())
			.containsExactly("training-session-" + mine + "@smrdesk");
		assertThat(events.get(0).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");

		String replaced = this.feeds.regenerate(person.id());
		assertThat(replaced).isNotEqualTo(token).hasSizeGreaterThanOrEqualTo(43);
		this.mvc.perform(get("/trainings/feed/{token}.ics", token))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/trainings/feed/{token}.ics", replaced)).andExpect(status().isOk());
		this.mvc.perform(get("/trainings/feed/{token}.ics", "x".repeat(43)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	private static void assertTime(VEvent event, String name, String local, Instant instant) {
		Property property = event.getProperty(name).orElseThrow();
		assertThat(property.getValue()).isEqualTo(local);
		assertThat(property.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");
		Temporal date = ((DateProperty<?>) property).getDate();
		assertThat(Instant.from(date)).isEqualTo(instant);
	}

	/**
	 * RFC 5545: DTSTAMP is required and must not occur more than once in a VEVENT.
	 */
	private static void assertOneTimeStampPerEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).isNotEmpty()
			.allSatisfy((event) -> assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1));
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

}
