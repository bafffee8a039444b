package org.smrdesk.goal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;
import org.smrdesk.core.Times;
import org.smrdesk.monitoring.AuthorKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each metric's arithmetic on fixed data in 2004 (a leap year no other test writes), in
 * the company zone America/New_York, with a fixed clock; every test rolls back.
 */
@IntegrationTest
@Transactional
class GoalMetricsTests {

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	@Autowired
	private JdbcTemplate jdbc;

	private MetricSql sql;

	private long department;

	private long user;

	@BeforeEach
	void setUp() {
		this.sql = new MetricSql(this.jdbc, Times.of(Clock.fixed(Instant.parse("2005-05-15T12:00:00Z"), ZONE), ZONE));
		String name = "Goals " + UUID.randomUUID();
		this.department = TestData.department(this.jdbc, name);
		this.user = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, name));
	}

	private Window window(Period period) {
		return new Window(period.start(), period.end(), this.department, null, null);
	}

	@Test
	void activitiesCountDoneAndLiveOnesByKindAndDepartmentOnTheLeapDayAndTheFirstDayOfAQuarter() {
		long service = service("BLOG");
		activity(service, "POST", "DONE", "2004-02-29");
		activity(service, "POST", "LIVE", "2004-03-31");
		activity(service, "POST", "CANCELLED", "2004-03-15");
		activity(service, "EVENT", "DONE", "2004-04-01");
		ActivityMetric metric = new ActivityMetric(this.sql);
		assertThat(metric.measure("POST", List.of(window(Period.parse("2004-Q1").orElseThrow()),
				window(Period.parse("2004-Q2").orElseThrow()), window(Period.parse("2004-02").orElseThrow()))))
			.containsExactly(2.0, 0.0, 1.0);
		assertThat(metric.measure("ALL", List.of(window(Period.year(2004))))).containsExactly(3.0);
		assertThat(new BlogPostMetric(this.sql).measure("PUBLISHED", List.of(window(Period.year(2004)))))
			.containsExactly(2.0);
	}

	@Test
	void metricsMeasuredTogetherInOneStatementGiveWhatEachGivesAlone() throws Exception {
		long service = service("BLOG");
		activity(service, "POST", "DONE", "2004-02-29");
		activity(service, "ARTICLE", "LIVE", "2004-07-01");
		activity(service, "EVENT", "DONE", "2004-12-31");
		long late = incident("2004-07-01T03:59:00Z", 1);
		triage(late, "2004-07-01T05:59:00Z");
		List<Metric> metrics = List.of(new ActivityMetric(this.sql), new BlogPostMetric(this.sql),
				new IncidentMetric(this.sql), new ResponseTimeMetric(this.sql), new TrainingMetric(this.sql));
		List<String> variants = List.of("POST", "PUBLISHED", "SEVERITY_1", "TRIAGE", "COVERAGE");
		List<Window> windows = List.of(window(Period.year(2004)), window(Period.parse("2004-Q1").orElseThrow()),
				window(Period.parse("2004-Q3").orElseThrow()), window(Period.year(2003)));
		List<Metric.Query> queries = new java.util.ArrayList<>();
		List<Window> all = new java.util.ArrayList<>();
		List<Integer> which = new java.util.ArrayList<>();
		List<Double> alone = new java.util.ArrayList<>();
		for (int i = 0; i < metrics.size(); i++) {
			queries.add(metrics.get(i).query(variants.get(i)));
			all.addAll(windows);
			which.addAll(java.util.Collections.nCopies(windows.size(), i));
			alone.addAll(metrics.get(i).measure(variants.get(i), windows));
		}

		long statements = SqlStatementCounter
			.count(() -> assertThat(this.sql.perWindow(queries, all, which)).containsExactlyElementsOf(alone));

		assertThat(statements).isOne();
		assertThat(alone).contains(1.0, 2.0);
	}

	@Test
	void incidentsAndResponseTimesFallInTheDayOfTheCompanyZoneAtMidnight() {
		// 2004-07-01 03:59 UTC is 23:59 on 30 June in New York (EDT): the second quarter.
		long late = incident("2004-07-01T03:59:00Z", 1);
		long early = incident("2004-07-01T04:00:00Z", 3);
		triage(late, "2004-07-01T05:59:00Z");
		triage(early, "2004-07-01T08:00:00Z");
		IncidentMetric incidents = new IncidentMetric(this.sql);
		Window q2 = window(Period.parse("2004-Q2").orElseThrow());
		Window q3 = window(Period.parse("2004-Q3").orElseThrow());
		assertThat(incidents.measure("ALL", List.of(q2, q3))).containsExactly(1.0, 1.0);
		assertThat(incidents.measure("SEVERITY_1", List.of(q2, q3))).containsExactly(1.0, 0.0);
		ResponseTimeMetric times = new ResponseTimeMetric(this.sql);
		assertThat(times.measure("TRIAGE", List.of(q2, q3, window(Period.year(2004))))).containsExactly(2.0, 4.0, 3.0);
		assertThat(times.measure("RESOLUTION", List.of(q2))).containsExactly((Double) null);
	}

	@Test
	void trainingCoverageIsAShareOfHeadCountAndADepartmentWithoutHeadCountHasNoData() {
		this.jdbc.update("update departments set head_count = 4 where id = ?", this.department);
		long session = session("2004-06-10T14:00:00Z");
		this.jdbc.update("""
				insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
				  created_at, created_by, updated_at, updated_by)
				values (?, ?, 'ENROLLED', 'ATTENDED', now(), now(), 'test', now(), 'test')""", session, this.user);
		TrainingMetric metric = new TrainingMetric(this.sql);
		assertThat(metric.measure("COVERAGE", List.of(window(Period.year(2004)), window(Period.year(2003)))))
			.containsExactly(25.0, 0.0);
		this.jdbc.update("update departments set head_count = 0 where id = ?", this.department);
		assertThat(metric.measure("COVERAGE", List.of(window(Period.year(2004))))).containsExactly((Double) null);
	}

	@Test
	void responseTimesFollowTheTimelineAsItGrowsThroughTheMilestonesTheDatabaseKeeps() {
		long incident = incident("2004-03-01T12:00:00Z", 2);
		ResponseTimeMetric metric = new ResponseTimeMetric(this.sql);
		List<Window> q1 = List.of(window(Period.parse("2004-Q1").orElseThrow()));
		assertThat(metric.measure("TRIAGE", q1)).containsExactly((Double) null);
		triage(incident, "2004-03-01T14:00:00Z");
		// a second move out of "reported" later: triage stays the first
		triage(incident, "2004-03-01T17:00:00Z");
		// two entries in one statement: a private engagement does not count as a response
		this.jdbc.update("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body,
				  public_reply)
				values (?, 'ENGAGEMENT', ?, ?, 'test', 'private', false),
				       (?, 'RESPONSE_PUBLISHED', ?, ?, 'test', 'published', false)""", incident,
				Timestamp.from(Instant.parse("2004-03-01T13:00:00Z")),
				Timestamp.from(Instant.parse("2004-03-01T13:00:00Z")), incident,
				Timestamp.from(Instant.parse("2004-03-01T15:00:00Z")),
				Timestamp.from(Instant.parse("2004-03-01T15:00:00Z")));
		resolve(incident, "2004-03-01T22:00:00Z");
		assertThat(metric.measure("TRIAGE", q1)).containsExactly(2.0);
		assertThat(metric.measure("FIRST_RESPONSE", q1)).containsExactly(3.0);
		// resolved on the timeline, but the incident is open again: no resolution time
		assertThat(metric.measure("RESOLUTION", q1)).containsExactly((Double) null);
		this.jdbc.update("update incidents set status = 'RESOLVED' where id = ?", incident);
		assertThat(metric.measure("RESOLUTION", q1)).containsExactly(10.0);
		// resolved again later: the last resolution counts
		resolve(incident, "2004-03-02T08:00:00Z");
		assertThat(metric.measure("RESOLUTION", q1)).containsExactly(20.0);
	}

	@Test
	void staffTrainedFollowsAttendanceAndSessionMovesThroughTheAttendancesTheDatabaseKeeps() {
		this.jdbc.update("update departments set head_count = 4 where id = ?", this.department);
		long session = session("2004-06-10T14:00:00Z");
		TrainingMetric metric = new TrainingMetric(this.sql);
		List<Window> years = List.of(window(Period.year(2004)), window(Period.year(2005)));
		long enrolment = this.jdbc.queryForObject("""
				insert into training_enrolments (session_id, user_id, status, attendance, enrolled_at,
				  created_at, created_by, updated_at, updated_by)
				values (?, ?, 'ENROLLED', 'REGISTERED', now(), now(), 'test', now(), 'test') returning id""",
				Long.class, session, this.user);
		assertThat(metric.measure("COVERAGE", years)).containsExactly(0.0, 0.0);
		this.jdbc.update("update training_enrolments set attendance = 'ATTENDED' where id = ?", enrolment);
		assertThat(metric.measure("COVERAGE", years)).containsExactly(25.0, 0.0);
		this.jdbc.update("update training_sessions set starts_at = ? where id = ?",
				Timestamp.from(Instant.parse("2005-01-10T14:00:00Z")), session);
		assertThat(metric.measure("COVERAGE", years)).containsExactly(0.0, 25.0);
		this.jdbc.update("update training_enrolments set attendance = 'NO_SHOW' where id = ?", enrolment);
		assertThat(metric.measure("COVERAGE", years)).containsExactly(0.0, 0.0);
		this.jdbc.update("update training_enrolments set attendance = 'ATTENDED' where id = ?", enrolment);
		this.jdbc.update("delete from training_enrolments where id = ?", enrolment);
		assertThat(metric.measure("COVERAGE", years)).containsExactly(0.0, 0.0);
	}

	@Test
	void acknowledgementIsAShareOfTheStaffExpectedAndADepartmentWithoutStaffHasNoData() {
		long owner = TestData.userId(this.jdbc,
				TestData.user(this.jdbc, Role.LEAD, "Goals owner " + UUID.randomUUID()));
		long policy = this.jdbc.queryForObject("""
				insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
				  created_at, created_by, updated_at, updated_by)
				values (?, 'BLOGGING', ?, false, 12, date '2999-01-01', now(), 'test', now(), 'test') returning id""",
				Long.class, "Policy " + UUID.randomUUID(), owner);
		this.jdbc.update("insert into policy_departments (policy_id, department_id) values (?, ?)", policy,
				this.department);
		long version = this.jdbc.queryForObject("""
				insert into policy_versions (policy_id, number, body, change_summary, state, published_at,
				  published_by_id, created_at, created_by, updated_at, updated_by)
				values (?, 1, 'Body', 'First', 'PUBLISHED', timestamptz '2004-03-01 12:00Z', ?, now(), 'test', now(),
				  'test') returning id""", Long.class, policy, owner);
		this.jdbc.update("""
				insert into policy_acknowledgements (version_id, user_id, acknowledged_at)
				values (?, ?, timestamptz '2004-05-01 12:00Z')""", version, this.user);
		long empty = TestData.department(this.jdbc, "No staff " + UUID.randomUUID());
		AcknowledgementMetric metric = new AcknowledgementMetric(this.sql);
		// expected since March, acknowledged in May: 0 % at the end of the first quarter,
		// 100 % of the second
		assertThat(metric.measure("RATE",
				List.of(window(Period.parse("2004-Q1").orElseThrow()), window(Period.parse("2004-Q2").orElseThrow()))))
			.containsExactly(0.0, 100.0);
		// nobody expected to acknowledge anything: no data, not 0 %
		assertThat(metric.measure("RATE",
				List.of(new Window(LocalDate.of(2004, 1, 1), LocalDate.of(2005, 1, 1), empty, null, null))))
			.containsExactly((Double) null);
	}

	@Test
	void shareOfVoiceIsNoDataWhenNothingWasCountedAndBrandAgainstAllOtherwise() {
		long brand = query("BRAND");
		long competitor = query("COMPETITOR");
		count("2004-07-01", brand, 30);
		count("2004-07-31", competitor, 10);
		ShareOfVoiceMetric metric = new ShareOfVoiceMetric(this.sql);
		Window july = new Window(LocalDate.of(2004, 7, 1), LocalDate.of(2004, 8, 1), null, null, null);
		Window august = new Window(LocalDate.of(2004, 8, 1), LocalDate.of(2004, 9, 1), null, null, null);
		assertThat(metric.measure("BRAND", List.of(july, august))).containsExactly(75.0, null);
		assertThat(new MentionMetric(this.sql).measure("ALL",
				List.of(new Window(july.from(), july.to(), null, null, brand))))
			.containsExactly(30.0);
	}

	@Test
	void manualFiguresAreSummedPerPeriodAndAbsentOnesAreNoData() {
		this.jdbc.update("""
				insert into goal_data_points (metric, month, value, note, entered_by_id,
				  created_at, created_by, updated_at, updated_by)
				values ('SPEAKING', date '2004-01-01', 2, 'conference', ?, now(), 'test', now(), 'test'),
				       ('SPEAKING', date '2004-03-01', 3, null, ?, now(), 'test', now(), 'test')""", this.user,
				this.user);
		ManualMetric metric = new ManualMetric(this.sql);
		assertThat(metric.measure("SPEAKING",
				List.of(window(Period.parse("2004-Q1").orElseThrow()), window(Period.parse("2004-Q2").orElseThrow()))))
			.containsExactly(5.0, null);
	}

	@Test
	void mentionsByTrackedContactsAreSummedFromTheDailyCountsByEachKeyOnceAcrossLeapDayAndQuarterEdges() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		AuthorKeys keys = new AuthorKeys(List.of("jo_" + key, "jo writer " + key), List.of("social.example/@jo_" + key),
				List.of("joblog-" + key + ".example"));
		authorCount("2004-02-29", "jo_" + key, "", "news.example", 2);
		authorCount("2004-03-31", "jo_" + key + "@mastodon.example", "", "mastodon.example", 1);
		authorCount("2004-04-01", "someone", "social.example/@jo_" + key, "social.example", 4);
		// two keys of the contact on one row: counted once
		authorCount("2004-04-01", "jo writer " + key, "", "joblog-" + key + ".example", 8);
		authorCount("2004-04-02", "someone else " + key, "", "news.example", 16);
		authorCount("2003-12-31", "jo_" + key, "", "news.example", 32);
		ContactMentionMetric metric = new ContactMentionMetric(this.sql, () -> keys);
		assertThat(metric.measure("ALL",
				List.of(window(Period.parse("2004-Q1").orElseThrow()), window(Period.parse("2004-Q2").orElseThrow()),
						window(Period.parse("2004-02").orElseThrow()), window(Period.year(2004)),
						window(Period.year(2003)))))
			.containsExactly(3.0, 12.0, 2.0, 15.0, 32.0);
		assertThat(new ContactMentionMetric(this.sql, () -> new AuthorKeys(List.of(), List.of(), List.of()))
			.measure("ALL", List.of(window(Period.year(2004))))).containsExactly(0.0);
	}

	private void authorCount(String day, String handle, String url, String domain, int mentions) {
		this.jdbc.update("""
				insert into mention_author_daily_counts (day, handle, url_key, domain, mentions)
				values (?::date, ?, ?, ?, ?)""", day, handle, url, domain, mentions);
	}

	private long service(String kind) {
		return TestData.channel("Service " + UUID.randomUUID())
			.with("kind", kind)
			.with("it_status", "APPROVED")
			.with("assessment", "ADOPTED")
			.insert(this.jdbc);
	}

	private void activity(long service, String kind, String status, String day) {
		this.jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				  created_at, created_by, updated_at, updated_by)
				values (?, ?, ?, 'A', ?::date, ?, ?, now(), 'test', now(), 'test')""", this.department, service, kind,
				day, this.user, status);
	}

	private long incident(String detected, int severity) {
		long id = this.jdbc.queryForObject("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				  status, created_at, created_by, updated_at, updated_by)
				values ('I', 'S', ?, ?, 'COMPLAINT', ?, ?, 'TRIAGE', now(), 'test', now(), 'test') returning id""",
				Long.class, Timestamp.from(Instant.parse(detected)), this.user, severity, severity);
		this.jdbc.update("insert into incident_departments (incident_id, department_id) values (?, ?)", id,
				this.department);
		return id;
	}

	private void triage(long incident, String at) {
		this.jdbc.update("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body,
				  from_status, to_status)
				values (?, 'STATUS_CHANGE', ?, ?, 'test', 'triage', 'REPORTED', 'TRIAGE')""", incident,
				Timestamp.from(Instant.parse(at)), Timestamp.from(Instant.parse(at)));
	}

	private void resolve(long incident, String at) {
		this.jdbc.update("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_name, body,
				  from_status, to_status)
				values (?, 'STATUS_CHANGE', ?, ?, 'test', 'resolved', 'RESPONDING', 'RESOLVED')""", incident,
				Timestamp.from(Instant.parse(at)), Timestamp.from(Instant.parse(at)));
	}

	private long session(String startsAt) {
		long training = this.jdbc.queryForObject("""
				insert into trainings (title, topic_kind, format, external_trainer, created_at, created_by, updated_at,
				  updated_by)
				values ('T', 'CULTURE', 'WORKSHOP', 'Someone', now(), 'test', now(), 'test') returning id""",
				Long.class);
		return this.jdbc.queryForObject("""
				insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
				  created_at, created_by, updated_at, updated_by)
				values (?, ?, 60, 'Room', 10, now(), 'test', now(), 'test') returning id""", Long.class, training,
				Timestamp.from(Instant.parse(startsAt)));
	}

	private long query(String kind) {
		return this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, 'x', ?, now(), 'test', now(), 'test') returning id""", Long.class,
				"Query " + UUID.randomUUID(), kind);
	}

	private void count(String day, long query, int mentions) {
		this.jdbc.update(
				"insert into mention_daily_counts (day, query_id, source_id, mentions) values (?::date, ?, 0, ?)", day,
				query, mentions);
	}

}
