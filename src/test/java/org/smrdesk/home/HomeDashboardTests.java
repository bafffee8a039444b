package org.smrdesk.home;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead's and managers' dashboard: goals first, then the alerts the features
 * contribute (each linking to the page behind it), the period selector, and the same view
 * for managers without the lead's controls. Each test's data is rolled back.
 */
@IntegrationTest
@Transactional
class HomeDashboardTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private UserDetails lead;

	private UserDetails manager;

	private UserDetails staff;

	private String word;

	@BeforeEach
	void setUp() {
		String department = "Dashboard " + UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, department));
		this.manager = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.MANAGER, department));
		this.staff = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, department));
		this.word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void aFailingSourceAndAnOpenSpikeAreAlertsLinkingToThePagesBehindThem() throws Exception {
		long source = TestData.monitoringSource("Feed " + this.word)
			.with("kind", "FEED")
			.with("url", "https://feeds.example/x")
			.with("consecutive_failures", 3)
			.sql("failing_since", "timestamptz '2000-01-01 00:00Z'")
			.insert(this.jdbc);
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, ?, 'BRAND', now(), 'test', now(), 'test') returning id""", Long.class, "Query " + this.word,
				this.word);
		this.jdbc.update("""
				insert into monitoring_alerts (query_id, day, observed, baseline, p_value, raised_at)
				values (?, current_date, 97, 12.5, 0.0001, now() + interval '1 day')""", query);

		for (UserDetails viewer : List.of(this.lead, this.manager)) {
			Document page = page(viewer, "");
			assertThat(page.select("section[aria-labelledby=alerts-panel-title]")).hasSize(1);
			assertThat(page.select("#alerts a[href='/monitoring/sources/" + source + "']").text())
				.contains("Feed " + this.word);
			assertThat(page.select("#alerts a[href='/monitoring']").text()).contains("Query " + this.word)
				.contains("97");
		}
		Document staffPage = page(this.staff, "");
		assertThat(staffPage.select("section[aria-labelledby=alerts-panel-title]")).isEmpty();
		assertThat(staffPage.text()).doesNotContain("Feed " + this.word);
	}

	@Test
	void aReviewWaitingIsAnAlertForBothAndAnOverdueFollowUpForTheLeadOnly() throws Exception {
		long owner = TestData.userId(this.jdbc, this.staff.getUsername());
		long incident = incidentWithReview("RESOLVED", "Resolved " + this.word, owner);
		long review = reviewOf(incident);
		this.jdbc.update("""
				insert into incident_follow_ups (review_id, type, description, owner_id, due_on, created_at, created_by,
				  updated_at, updated_by)
				values (?, 'ACTION', ?, ?, date '1990-02-01', now(), 'test', now(), 'test')""", review,
				"Brief the shops " + this.word, owner);

		Document lead = page(this.lead, "");
		assertThat(lead.select("#alerts a[href='/incidents/" + incident + "/review']").text())
			.contains("Resolved " + this.word);
		assertThat(lead.select("#alerts a[href='/incidents/" + incident + "']").text())
			.contains("Brief the shops " + this.word, "1990-02-01");
		Document manager = page(this.manager, "");
		assertThat(manager.select("#alerts a[href='/incidents/" + incident + "/review']").text())
			.contains("Resolved " + this.word);
		assertThat(manager.text()).doesNotContain("Brief the shops " + this.word);
	}

	/**
	 * The lead's own follow-ups were read in one statement with everybody's overdue ones,
	 * soonest due first, twice the panel's limit: 20 overdue follow-ups of others left
	 * the lead's panel empty.
	 */
	@Test
	void theLeadsOwnFollowUpsShowHoweverManyOthersAreOverdue() throws Exception {
		long staff = TestData.userId(this.jdbc, this.staff.getUsername());
		long lead = TestData.userId(this.jdbc, this.lead.getUsername());
		long incident = incidentWithReview("REVIEWED", "Reviewed " + this.word, staff);
		long review = reviewOf(incident);
		this.jdbc.update("""
				insert into incident_follow_ups (review_id, type, description, owner_id, due_on, created_at, created_by,
				  updated_at, updated_by)
				select ?, 'ACTION', 'Overdue ' || g, ?, date '1980-01-01' + g, now(), 'test', now(), 'test'
				from generate_series(1, 25) as g""", review, staff);
		long mine = this.jdbc.queryForObject("""
				insert into incident_follow_ups (review_id, type, description, owner_id, due_on, created_at, created_by,
				  updated_at, updated_by)
				values (?, 'ACTION', ?, ?, current_date + 30, now(), 'test', now(), 'test') returning id""", Long.class,
				review, "Brief the board " + this.word, lead);

		assertThat(page(this.lead, "").select("#follow-up-" + mine).text()).contains("Brief the board " + this.word);
	}

	@Test
	void theGoalsComeFirstThenTheAlerts() throws Exception {
		Elements panels = page(this.lead, "").select("section[aria-labelledby]");
		assertThat(panels).extracting((e) -> e.attr("aria-labelledby"))
			.startsWith("goals-panel-title", "alerts-panel-title");
	}

	@Test
	void thePeriodSelectorMarksThePeriodShownAndPanelsFollowIt() throws Exception {
		Document quarter = page(this.lead, "?period=quarter");
		assertThat(quarter.select("#period-selector a[aria-current=page]").attr("href")).isEqualTo("/?period=quarter");
		assertThat(quarter.select("#monitoring-panel-title").text()).isEqualTo("Mentions, last 13 weeks");
		assertThat(quarter.select("#monitoring-volume-table tbody tr")).hasSize(13);
		Document month = page(this.manager, "?period=month");
		assertThat(month.select("#period-selector a[aria-current=page]").attr("href")).isEqualTo("/?period=month");
		assertThat(month.select("#monitoring-panel-title").text()).isEqualTo("Mentions, last 30 days");
		assertThat(month.select("#monitoring-panel-title + p").text()).contains("mentions in the last 30 days");
		assertThat(month.select("#monitoring-volume-table tbody tr")).hasSize(30);
		Document year = page(this.lead, "");
		assertThat(year.select("#period-selector a[aria-current=page]").attr("href")).isEqualTo("/?period=year");
		// a year's trend by week: 52 points, not 365 days (most of the page's size)
		assertThat(year.select("#monitoring-panel-title").text()).isEqualTo("Mentions, last 52 weeks");
		assertThat(year.select("#monitoring-volume-table tbody tr")).hasSize(52);
		assertThat(year.select("#monitoring-volume-chart").attr("data-values").split(",")).hasSize(52);
		this.mvc.perform(get("/").param("period", "decade").with(user(this.lead))).andExpect(status().isBadRequest());
		assertThat(page(this.staff, "").select("#period-selector")).isEmpty();
	}

	@Test
	void thePoliciesDueForReviewAreTheFewLongestDueWithALinkToAllOfThem() throws Exception {
		long owner = TestData.userId(this.jdbc, this.lead.getUsername());
		for (int day = 1; day <= 7; day++) {
			this.jdbc.update("""
					insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
					  created_at, created_by, updated_at, updated_by)
					values (?, 'BLOGGING', ?, true, 12, date '1980-01-01' + ?, now(), 'test', now(), 'test')""",
					"Due " + day + " " + this.word, owner, day);
		}
		for (UserDetails viewer : List.of(this.lead, this.manager)) {
			Elements due = page(viewer, "").select("#policies-review li a");
			assertThat(due).extracting(Element::text)
				.containsExactly("Due 1 " + this.word, "Due 2 " + this.word, "Due 3 " + this.word, "Due 4 " + this.word,
						"Due 5 " + this.word);
			assertThat(page(viewer, "").select("#policies-review").text()).contains("more policies are due");
			assertThat(page(viewer, "").select("#policies-review a[href='/policies?due=true']")).hasSize(1);
		}
	}

	@Test
	void staffSeeTheOldestPoliciesWaitingForThemAndHowManyMoreWait() throws Exception {
		long owner = TestData.userId(this.jdbc, this.lead.getUsername());
		long department = this.jdbc.queryForObject("select department_id from users where email = ?", Long.class,
				this.staff.getUsername());
		for (int day = 1; day <= 10; day++) {
			long policy = this.jdbc.queryForObject(
					"""
							insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
							  created_at, created_by, updated_at, updated_by)
							values (?, 'BLOGGING', ?, false, 12, date '2999-01-01', now(), 'test', now(), 'test') returning id""",
					Long.class, "Waiting " + day + " " + this.word, owner);
			this.jdbc.update("insert into policy_departments (policy_id, department_id) values (?, ?)", policy,
					department);
			this.jdbc.update(
					"""
							insert into policy_versions (policy_id, number, body, change_summary, state, published_at,
							  published_by_id, created_at, created_by, updated_at, updated_by)
							values (?, 1, 'Body', 'First', 'PUBLISHED', timestamptz '1980-01-01 00:00Z' + ? * interval '1 day', ?,
							  now(), 'test', now(), 'test')""",
					policy, day, owner);
		}
		Document page = page(this.staff, "");
		assertThat(page.select("#policies-waiting li a")).extracting(Element::text)
			.startsWith("Waiting 1 " + this.word, "Waiting 2 " + this.word)
			.hasSize(8)
			.doesNotContain("Waiting 9 " + this.word, "Waiting 10 " + this.word);
		assertThat(page.select("#policies-waiting").text()).containsPattern("The oldest first; \\d+ more wait");
	}

	@Test
	void managersSeeTheLeadsDashboardWithoutTheLeadsControls() throws Exception {
		assertThat(page(this.lead, "").select("a[href='/users']")).isNotEmpty();
		Document page = page(this.manager, "");
		assertThat(page.select("#goals-panel-title")).hasSize(1);
		assertThat(page.select("a[href='/vendors/renewals']")).isNotEmpty();
		assertThat(page.select("a[href='/users']")).isEmpty();
	}

	private Document page(UserDetails viewer, String query) throws Exception {
		String html = this.mvc.perform(get("/" + query).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/**
	 * An incident detected in 1990 in the given status, reported by the given user, with
	 * its review.
	 */
	private long incidentWithReview(String status, String title, long reporter) {
		long incident = this.jdbc.queryForObject("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				  status, created_at, created_by, updated_at, updated_by)
				values (?, 'S', timestamptz '1990-01-01 00:00Z', ?, 'COMPLAINT', 3, 3, ?, now(), 'test', now(),
				  'test') returning id""", Long.class, title, reporter, status);
		this.jdbc.update("""
				insert into incident_reviews (incident_id, created_at, created_by, updated_at, updated_by)
				values (?, now(), 'test', now(), 'test')""", incident);
		return incident;
	}

	private long reviewOf(long incident) {
		return this.jdbc.queryForObject("select id from incident_reviews where incident_id = ?", Long.class, incident);
	}

}
