package org.smrdesk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.core.Times;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The deadline feed, parsed with biweekly (a parser independent of ical4j, which writes
 * it): valid iCalendar 2.0, all-day events with one DTSTAMP each, and only the dates the
 * feed's owner may see and has to act on.
 */
@IntegrationTest
class DeadlineFeedTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DeadlineFeedService feeds;

	@Autowired
	private Times times;

	@Test
	void aStaffFeedHoldsOnlyTheirOwnPoliciesFollowUpsAndTheVendorsTheyLookAfter() throws Exception {
		LocalDate today = this.times.today();
		CurrentUser staff = DeadlineFeedFixtures.person(this.jdbc, Role.STAFF);
		CurrentUser other = DeadlineFeedFixtures.person(this.jdbc, Role.STAFF);
		long myVendor = DeadlineFeedFixtures.vendor(this.jdbc, "ACTIVE", today.plusDays(40), 30, staff.id());
		long otherVendor = DeadlineFeedFixtures.vendor(this.jdbc, "ACTIVE", today.plusDays(41), 30, other.id());
		long myPolicy = DeadlineFeedFixtures.policy(this.jdbc, staff.id(), today.plusDays(5));
		long otherPolicy = DeadlineFeedFixtures.policy(this.jdbc, other.id(), today.plusDays(6));
		long myFollowUp = DeadlineFeedFixtures.followUp(this.jdbc, other.id(), staff.id(), today.plusDays(3), "OPEN");
		long otherFollowUp = DeadlineFeedFixtures.followUp(this.jdbc, staff.id(), other.id(), today.plusDays(3),
				"OPEN");

		ICalendar feed = fetch(this.feeds.renew(staff));

		Map<String, VEvent> events = byUid(feed);
		assertThat(events).containsOnlyKeys(uid("vendor-renewal-" + myVendor), uid("vendor-notice-" + myVendor),
				uid("policy-review-" + myPolicy), uid("follow-up-" + myFollowUp));
		assertThat(events.keySet()).doesNotContain(uid("vendor-renewal-" + otherVendor),
				uid("policy-review-" + otherPolicy), uid("follow-up-" + otherFollowUp));
		assertAllDay(events.get(uid("vendor-renewal-" + myVendor)), today.plusDays(40));
		assertAllDay(events.get(uid("vendor-notice-" + myVendor)), today.plusDays(10));
		assertAllDay(events.get(uid("policy-review-" + myPolicy)), today.plusDays(5));
		assertAllDay(events.get(uid("follow-up-" + myFollowUp)), today.plusDays(3));
		assertThat(events.get(uid("policy-review-" + myPolicy)).getUrl().getValue()).endsWith("/policies/" + myPolicy)
			.startsWith("http");
		assertThat(events.get(uid("vendor-notice-" + myVendor)).getSummary().getValue())
			.startsWith("Notice deadline: Feed Vendor ");
	}

	@Test
	void theLeadSeesEveryonesDatesAndManagersEveryVendorButNoClosedOrEndedOnesAndNoCost() throws Exception {
		LocalDate today = this.times.today();
		CurrentUser lead = DeadlineFeedFixtures.person(this.jdbc, Role.LEAD);
		CurrentUser manager = DeadlineFeedFixtures.person(this.jdbc, Role.MANAGER);
		CurrentUser staff = DeadlineFeedFixtures.person(this.jdbc, Role.STAFF);
		long active = DeadlineFeedFixtures.vendor(this.jdbc, "ENDING", today.plusDays(20), null, null);
		long ended = DeadlineFeedFixtures.vendor(this.jdbc, "ENDED", today.plusDays(20), 10, null);
		long farAway = DeadlineFeedFixtures.vendor(this.jdbc, "ACTIVE", today.plusYears(3), 10, null);
		long policy = DeadlineFeedFixtures.policy(this.jdbc, staff.id(), today.minusDays(10));
		long open = DeadlineFeedFixtures.followUp(this.jdbc, staff.id(), staff.id(), today.minusDays(2), "OPEN");
		long done = DeadlineFeedFixtures.followUp(this.jdbc, staff.id(), staff.id(), today.plusDays(2), "DONE");

		String leadText = fetchText(this.feeds.renew(lead));
		Map<String, VEvent> leads = byUid(parse(leadText));
		assertThat(leads).containsKeys(uid("vendor-renewal-" + active), uid("policy-review-" + policy),
				uid("follow-up-" + open));
		// no notice days: the renewal day is the deadline, one event
		assertThat(leads).doesNotContainKeys(uid("vendor-notice-" + active), uid("vendor-renewal-" + ended),
				uid("vendor-renewal-" + farAway), uid("follow-up-" + done));
		assertThat(leadText).doesNotContain("98765").doesNotContain("98,765");

		Map<String, VEvent> managers = byUid(fetch(this.feeds.renew(manager)));
		assertThat(managers).containsKey(uid("vendor-renewal-" + active))
			.doesNotContainKeys(uid("policy-review-" + policy), uid("follow-up-" + open));
	}

	@Test
	void theAddressIsShownOnceStoredHashedAndStopsWhenReplacedRevokedOrItsOwnerIsDeactivated() throws Exception {
		CurrentUser staff = DeadlineFeedFixtures.person(this.jdbc, Role.STAFF);
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/calendar")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(staff))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = Pattern.compile("/calendar/feed/(cal_[A-Za-z0-9_-]{43})\\.ics").matcher(page);
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);
		assertThat(this.jdbc.queryForList("select token_hash from calendar_feeds where user_id = ?", String.class,
				staff.id()))
			.containsExactly(DeadlineFeedService.hash(token))
			.doesNotContain(token);
		String again = this.mvc.perform(get("/account/calendar").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).doesNotContain(token).contains(token.substring(0, 8));

		this.mvc.perform(get("/calendar/feed/{token}.ics", token))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"));
		assertThat(this.jdbc.queryForObject("select last_fetched_at is not null from calendar_feeds where user_id = ?",
				Boolean.class, staff.id()))
			.isTrue();

		String replaced = this.feeds.renew(staff);
		this.mvc.perform(get("/calendar/feed/{token}.ics", token)).andExpect(status().isFound());
		this.mvc.perform(get("/calendar/feed/{token}.ics", replaced)).andExpect(status().isOk());

		this.jdbc.update("update users set active = false where id = ?", staff.id());
		this.mvc.perform(get("/calendar/feed/{token}.ics", replaced)).andExpect(status().isFound());
		this.jdbc.update("update users set active = true where id = ?", staff.id());
		this.mvc.perform(get("/calendar/feed/{token}.ics", replaced)).andExpect(status().isOk());

		assertThat(this.feeds.revoke(staff)).isTrue();
		this.mvc.perform(get("/calendar/feed/{token}.ics", replaced)).andExpect(status().isFound());
		assertThat(this.feeds.revoke(staff)).isFalse();
	}

	private ICalendar fetch(String token) throws Exception {
		return parse(fetchText(token));
	}

	private String fetchText(String token) throws Exception {
		return this.mvc.perform(get("/calendar/feed/{token}.ics", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Parses with biweekly, failing on any parse warning or any RFC 5545 validation
	 * warning.
	 */
	private static ICalendar parse(String text) {
		List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
		List<ICalendar> calendars = Biweekly.parse(text).warnings(warnings).all();
		assertThat(calendars).hasSize(1);
		assertThat(warnings).allSatisfy((w) -> assertThat(w).isEmpty());
		ICalendar calendar = calendars.get(0);
		assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString())
			.isTrue();
		assertThat(calendar.getProductId().getValue()).isEqualTo(DeadlineCalendar.PRODUCT);
		for (VEvent event : calendar.getEvents()) {
			assertThat(event.getProperties(biweekly.property.DateTimeStamp.class)).hasSize(1);
		}
		return calendar;
	}

	private static Map<String, VEvent> byUid(ICalendar calendar) {
		Map<String, VEvent> events = new TreeMap<>();
		for (VEvent event : calendar.getEvents()) {
			assertThat(events.put(event.getUid().getValue(), event)).as("one event per UID").isNull();
		}
		return events;
	}

	private static String uid(String key) {
		return key + "@smrdesk";
	}

	private static void assertAllDay(VEvent event, LocalDate day) {
		ICalDate start = event.getDateStart().getValue();
		assertThat(start.hasTime()).isFalse();
		assertThat(LocalDate.of(start.getRawComponents().getYear(), start.getRawComponents().getMonth(),
				start.getRawComponents().getDate()))
			.isEqualTo(day);
		ICalDate end = event.getDateEnd().getValue();
		assertThat(end.hasTime()).isFalse();
		assertThat(LocalDate.of(end.getRawComponents().getYear(), end.getRawComponents().getMonth(),
				end.getRawComponents().getDate()))
			.isEqualTo(day.plusDays(1));
	}

}
