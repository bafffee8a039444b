package org.smrdesk.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Times;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spike detector on the pre-aggregated counts with an injected clock: a spike raises
 * one alert with its numbers, the 48-hour cooldown and a snooze keep it quiet, a flat
 * series and a new query raise nothing.
 */
@IntegrationTest
class SpikeDetectorTests {

	private static final Instant NOON = Instant.parse("2031-03-12T12:00:00Z");

	@Autowired
	private org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AlertService alerts;

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService userDetails;

	@Autowired
	private org.springframework.context.ApplicationContext context;

	@Test
	void aSpikeRaisesOneAlertThenTheCooldownAndASnoozeKeepItQuiet() {
		long query = query(60);
		LocalDate today = LocalDate.ofInstant(NOON, ZoneOffset.UTC);
		series(query, today, new int[] { 4, 5, 3, 4 }, 23);
		List<Long> raised = mine(detector(NOON).check(), query);
		assertThat(raised).hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"select observed || ' ' || baseline || ' ' || (p_value < 1e-7) from monitoring_alerts where id = ?",
				String.class, raised.get(0)))
			.isEqualTo("23 4 true");
		// the same day again, and a day later with another spike: the cooldown holds
		assertThat(mine(detector(NOON.plusSeconds(60)).check(), query)).isEmpty();
		series(query, today.plusDays(1), new int[] { 4, 5, 3, 4 }, 30);
		assertThat(mine(detector(NOON.plus(Duration.ofHours(24))).check(), query)).isEmpty();
		// after 48 hours a new spike alerts again, unless snoozed
		series(query, today.plusDays(3), new int[] { 4, 5, 3, 4 }, 30);
		this.jdbc.update("update monitoring_alerts set state = 'SNOOZED', snoozed_until = ? where id = ?",
				java.sql.Timestamp.from(NOON.plus(Duration.ofDays(7))), raised.get(0));
		assertThat(mine(detector(NOON.plus(Duration.ofHours(72))).check(), query)).isEmpty();
		this.jdbc.update("update monitoring_alerts set snoozed_until = ? where id = ?",
				java.sql.Timestamp.from(NOON.plus(Duration.ofHours(49))), raised.get(0));
		assertThat(mine(detector(NOON.plus(Duration.ofHours(72))).check(), query)).hasSize(1);
	}

	@Test
	void aFlatSeriesAndAQueryWithoutTwoWeeksOfHistoryRaiseNothing() {
		LocalDate today = LocalDate.ofInstant(NOON, ZoneOffset.UTC);
		long flat = query(60);
		series(flat, today, new int[] { 20, 22, 19, 21 }, 24);
		long young = query(5);
		this.jdbc.update("insert into mention_daily_counts (day, query_id, source_id, mentions) values (?, ?, 0, 40)",
				Date.valueOf(today), young);
		List<Long> raised = detector(NOON).check();
		assertThat(mine(raised, flat)).isEmpty();
		assertThat(mine(raised, young)).isEmpty();
	}

	@Test
	void theSpikeCheckRunsOnItsOwnScheduleOnceAcrossNodesAndIsOffInTests() throws Exception {
		long query = query(60);
		series(query, LocalDate.ofInstant(NOON, ZoneOffset.UTC), new int[] { 4, 5, 3, 4 }, 23);
		new SpikeScheduler(detector(NOON)).checkSpikes();
		assertThat(this.jdbc.queryForObject("select count(*) from monitoring_alerts where query_id = ?", Integer.class,
				query))
			.isEqualTo(1);
		java.lang.reflect.Method job = SpikeScheduler.class.getDeclaredMethod("checkSpikes");
		assertThat(job.getAnnotation(org.springframework.scheduling.annotation.Scheduled.class).fixedDelayString())
			.isEqualTo("${smr.monitoring.spike-check-every:PT15M}");
		assertThat(job.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class).name())
			.isEqualTo("monitoring-spikes");
		// polling is off in the test configuration, and the scheduled check with it
		assertThat(this.context.getBeanNamesForType(SpikeScheduler.class)).isEmpty();
	}

	@Test
	void aCrisisQuerySetToOpenAnIncidentOpensOneWithItsTopMentionOnTheTimeline() {
		// before the real clock: an incident may not be detected in the future
		Instant at = Instant.parse("2026-03-11T12:00:00Z");
		String lead = org.smrdesk.TestData.user(this.jdbc, org.smrdesk.core.Role.LEAD, "Crisis Desk");
		long query = this.jdbc.queryForObject(
				"""
						insert into monitoring_queries (name, query, kind, auto_incident, created_at, created_by, updated_at, updated_by)
						values (?, 'recall', 'CRISIS', true, ?, ?, now(), ?) returning id""",
				Long.class, "Recall " + UUID.randomUUID(), java.sql.Timestamp.from(at.minus(Duration.ofDays(60))), lead,
				lead);
		series(query, LocalDate.ofInstant(at, ZoneOffset.UTC), new int[] { 4, 5, 3, 4 }, 23);
		long source = TestData.monitoringSource("Crisis push " + query).insert(this.jdbc);
		long other = TestData.monitoringSource("Other push " + query)
			.with("url", "https://other.example/push")
			.insert(this.jdbc);
		long once = mention(query, source, "https://news.example/once-" + query, at.minus(Duration.ofHours(3)));
		long top = mention(query, source, "https://news.example/top-" + query, at.minus(Duration.ofHours(2)));
		this.jdbc.update("insert into mention_sightings (mention_id, source_id, seen_at) values (?, ?, ?)", top, other,
				java.sql.Timestamp.from(at.minus(Duration.ofHours(1))));

		List<Long> raised = mine(detector(at).check(), query);
		assertThat(raised).hasSize(1);
		Long incident = this.jdbc.queryForObject(
				"select incident_id from monitoring_alerts where id = ? and state = 'ESCALATED'", Long.class,
				raised.get(0));
		assertThat(incident).isNotNull();
		assertThat(this.jdbc.queryForObject("select title from incidents where id = ?", String.class, incident))
			.contains("Recall ")
			.contains("23 mentions against 4.0 a day usually");
		assertThat(this.jdbc
			.queryForObject("select detected_at from incidents where id = ?", java.sql.Timestamp.class, incident)
			.toInstant()).isEqualTo(at);
		assertThat(this.jdbc.queryForObject(
				"select u.email from incidents i join users u on u.id = i.reported_by_id where i.id = ?", String.class,
				incident))
			.isEqualTo(lead);
		assertThat(this.jdbc.queryForList(
				"select link from incident_timeline_entries where incident_id = ? and type = 'LINKED_MENTION'",
				String.class, incident))
			.containsExactly("https://news.example/top-" + query);
		assertThat(this.jdbc.queryForObject("select state || ':' || incident_id from mentions where id = ?",
				String.class, top))
			.isEqualTo("ESCALATED:" + incident);
		assertThat(this.jdbc.queryForObject("select state from mentions where id = ?", String.class, once))
			.isEqualTo("NEW");

		// once: the cooldown raises no second alert, and the linked alert opens nothing
		// more
		assertThat(mine(detector(at.plusSeconds(600)).check(), query)).isEmpty();
		assertThat(this.alerts.openAutomatically(raised.get(0))).isNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from incidents where id in (select incident_id from monitoring_alerts where query_id = ?)"
						+ " or title like ?",
				Integer.class, query,
				"%" + this.jdbc.queryForObject("select name from monitoring_queries where id = ?", String.class, query)
						+ "%"))
			.isEqualTo(1);
	}

	@Test
	void aCrisisQueryNotSetToOpenAnIncidentOnlyRaisesTheAlert() {
		long query = query(60);
		series(query, LocalDate.ofInstant(NOON, ZoneOffset.UTC), new int[] { 4, 5, 3, 4 }, 23);
		List<Long> raised = mine(detector(NOON).check(), query);
		assertThat(raised).hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"select state || ':' || coalesce(incident_id, 0) from monitoring_alerts where id = ?", String.class,
				raised.get(0)))
			.isEqualTo("OPEN:0");
	}

	private long mention(long query, long source, String url, Instant fetched) {
		long id = this.jdbc.queryForObject(
				"""
						insert into mentions (dedup_key, url, title, body, author, site, published_at, fetched_at, source_id)
						values (?, ?, 'Hub recall rumour', 'Hubs recalled?', 'reporter', 'news.example', ?, ?, ?) returning id""",
				Long.class, url, url, java.sql.Timestamp.from(fetched), java.sql.Timestamp.from(fetched), source);
		this.jdbc.update("insert into mention_sightings (mention_id, source_id, seen_at) values (?, ?, ?)", id, source,
				java.sql.Timestamp.from(fetched));
		this.jdbc.update("insert into mention_matches (mention_id, query_id) values (?, ?)", id, query);
		return id;
	}

	@Test
	void turningAnAlertIntoAnIncidentKeepsTheAlertTimeWhateverTheZone() {
		Instant at = Instant.parse("2026-03-18T12:00:00Z");
		long query = query(60);
		series(query, LocalDate.ofInstant(at, ZoneOffset.UTC), new int[] { 4, 5, 3, 4 }, 23);
		List<Long> raised = mine(detector(at).check(), query);
		org.smrdesk.core.CurrentUser lead = (org.smrdesk.core.CurrentUser) this.userDetails
			.loadUserByUsername(org.smrdesk.TestData.user(this.jdbc, org.smrdesk.core.Role.LEAD, "Crisis Desk"));
		long incident = this.alerts.toIncident(raised.get(0), lead).getId();
		// the clock is UTC, the company zone Berlin: the form's local time is read back
		// in the same zone
		assertThat(this.jdbc
			.queryForObject("select detected_at from incidents where id = ?", java.sql.Timestamp.class, incident)
			.toInstant()).isEqualTo(at);
	}

	private SpikeDetector detector(Instant now) {
		return new SpikeDetector(this.jdbc, Times.of(Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC), this.alerts,
				this.events);
	}

	private long query(int ageDays) {
		return this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, 'spiky', 'CRISIS', ?, 'test', now(), 'test') returning id""", Long.class,
				"Spike " + UUID.randomUUID(), java.sql.Timestamp.from(NOON.minus(Duration.ofDays(ageDays))));
	}

	private void series(long query, LocalDate today, int[] weeksBefore, int todayCount) {
		for (int w = 0; w < weeksBefore.length; w++) {
			upsert(query, today.minusWeeks(w + 1L), weeksBefore[w]);
		}
		upsert(query, today, todayCount);
	}

	private void upsert(long query, LocalDate day, int count) {
		this.jdbc.update("""
				insert into mention_daily_counts (day, query_id, source_id, mentions) values (?, ?, 0, ?)
				on conflict (day, query_id, source_id) do update set mentions = excluded.mentions""", Date.valueOf(day),
				query, count);
	}

	private List<Long> mine(List<Long> alerts, long query) {
		return alerts.stream()
			.filter((id) -> this.jdbc.queryForObject("select query_id from monitoring_alerts where id = ?", Long.class,
					id) == query)
			.toList();
	}

}
