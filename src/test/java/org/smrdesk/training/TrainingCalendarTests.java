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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
	void theDatabaseHoldsOnlyTheSecretsHashWhichOpensNoFeed() throws Exception {
		CurrentUser person = TrainingFixtures.person(this.jdbc, Role.STAFF, "Feed Hash Dept");
		String token = this.feeds.renew(person.id());
		assertThat(token).startsWith("trn_").hasSizeGreaterThanOrEqualTo(47);
		assertThat(this.jdbc.queryForList(
				"select column_name from information_schema.columns where table_name = 'training_feed_tokens'",
				String.class))
			.doesNotContain("token")
			.contains("token_hash");
		java.util.Map<String, Object> row = this.jdbc
			.queryForMap("select * from training_feed_tokens where user_id = ?", person.id());
		assertThat(row.values()).noneMatch((value) -> value != null && value.toString().contains(token.substring(8)));
		assertThat(row.get("token_hash")).isEqualTo(org.smrdesk.core.Sha256.hex(token));
		assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 8));
		this.mvc.perform(get("/trainings/feed/{token}.ics", row.get("token_hash")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/trainings/feed/{token}.ics", "trn_" + row.get("token_hash")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/trainings/feed/{token}.ics", token)).andExpect(status().isOk());
	}

	@Test
	void theNewAddressIsShownOnceAndAnOldPlainTextOneIsDeclaredRetired() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Feed Page Dept");
		long id = TestData.userId(this.jdbc, email);
		this.jdbc.update("""
				insert into training_feed_tokens (user_id, retired_at, created_at, created_by, updated_at, updated_by)
				values (?, now(), now(), 'test', now(), 'test')""", id);
		var principal = user(this.userDetails.loadUserByUsername(email));
		this.mvc.perform(get("/trainings/mine").with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"feed-retired\"")))
			.andExpect(content().string(not(containsString("id=\"feed-url\""))));
		String page = this.mvc
			.perform(post("/trainings/mine/feed").with(principal)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"feed-url\"")))
			.andExpect(content().string(not(containsString("id=\"feed-retired\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher url = java.util.regex.Pattern.compile("/trainings/feed/(trn_[A-Za-z0-9_-]+)\\.ics")
			.matcher(page);
		assertThat(url.find()).isTrue();
		this.mvc.perform(get("/trainings/feed/{token}.ics", url.group(1))).andExpect(status().isOk());
		this.mvc.perform(get("/trainings/mine").with(principal))
			.andExpect(content().string(not(containsString(url.group(1)))))
			.andExpect(content().string(containsString("id=\"feed-current\"")));
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
		String token = this.feeds.renew(person.id());

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

		String replaced = this.feeds.renew(person.id());
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
