package org.smrdesk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main pages issue a bounded number of SQL statements, and the same number after the
 * data they show has grown: the home page per role, every main list, the audit log and
 * the directory. Requests are made as a signed-in browser would (a session cookie from
 * the sign-in form), and every statement counts ({@link SqlStatementCounter}): Spring
 * Session, the per-request check of the user's rights, Hibernate and JdbcTemplate alike.
 */
@IntegrationTest
// figures and the session's last access kept longer than the test runs on a busy machine,
// so both measurements see the same warm state (a minute passed between them under load);
// pages rendered every time, not kept (PageCacheTests counts what a kept page costs)
@TestPropertySource(properties = { "smr.home.figures-for=1h", "smr.security.session-touch-every=1h",
		"smr.page-cache.enabled=false" })
class PageQueryCountTests {

	static final int BUDGET = 10;

	/**
	 * Pages still over the budget (issue 10), with the count they may not exceed: none
	 * today: every page listed stays within the budget at any data size.
	 */
	private static final Map<String, Long> OVER_BUDGET = Map.of();

	private static final List<String> PAGES = List.of("/", "/activities", "/activities?q=count", "/contacts",
			"/incidents", "/policies", "/trainings", "/trainings/coverage", "/vendors", "/users", "/departments",
			"/audit", "/directory?q=count");

	/**
	 * Every other list page, as the lead (who sees them all): each within the budget too.
	 */
	private static final List<String> OTHER_LISTS = List.of("/services", "/accounts", "/responsibilities", "/goals",
			"/jobs", "/monitoring/mentions", "/monitoring/queries", "/monitoring/sources", "/notifications",
			"/notifications/outbox", "/trainings/sessions", "/trainings/mine", "/vendors/renewals", "/webhooks",
			"/account/tokens", "/incidents?status=all", "/directory?q=zzz-nothing", "/incidents?status=all&q=count",
			"/users?format=csv", "/policies?format=csv", "/trainings?format=csv");

	/**
	 * Pages checked against the budget only: the monitoring dashboard lists the failing
	 * sources, which the source poller (a scheduled job) changes while the test runs, so
	 * its count may differ by one between the two measurements (5 or 6) for reasons other
	 * than the data size.
	 */
	private static final List<String> BOUND_ONLY = List.of("/monitoring");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void disableStatistics() {
		this.statistics.setStatisticsEnabled(false);
	}

	@Test
	void theMainPagesIssueABoundedNumberOfStatementsWhateverTheDataSize() throws Exception {
		String department = "Query Count " + System.nanoTime();
		Viewers viewers = signIn(department);
		grow(department, 5);
		Map<String, Long> small = perPage(viewers, this::statementsFor);
		grow(department, 120);
		Map<String, Long> large = perPage(viewers, this::statementsFor);

		assertThat(large).as("statements per page after the data grew (before: %s)", small).isEqualTo(small);
		assertThat(large).allSatisfy((page, count) -> assertThat(count).as(page)
			.isBetween(1L, OVER_BUDGET.getOrDefault(page, (long) BUDGET)));
		for (String page : BOUND_ONLY) {
			assertThat(statementsFor(page, viewers.lead())).as(page).isBetween(1L, (long) BUDGET);
		}
	}

	/**
	 * The main pages' selects are translated once, then Hibernate uses the translation
	 * again ({@link QueryTranslations}): a query it cannot keep (a list parameter, a
	 * parameter as a function's last argument, an entity graph) is translated on every
	 * view, up to a tenth of a list page's CPU on the large dataset (issue 10).
	 */
	@Test
	void theMainPagesKeepTheirQueryTranslations() throws Exception {
		String department = "Translations " + System.nanoTime();
		Viewers viewers = signIn(department);
		// (3: the other test grows by 5 and 120, and the users it adds are named by that
		// number)
		grow(department, 3);
		sessions(department, TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, department)));
		Map<String, List<String>> translated = perPage(viewers, this::translationsFor);
		translated.values().removeIf(List::isEmpty);
		assertThat(translated).as("selects translated again on a page's second view").isEmpty();
	}

	/**
	 * The same for the detail pages of each kind of record, the print view and the forms.
	 */
	@Test
	void theDetailPagesAndFormsKeepTheirQueryTranslations() throws Exception {
		String department = "Detail Translations " + System.nanoTime();
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, department);
		Cookie lead = SignIn.session(this.mvc, leadEmail);
		long leadId = TestData.userId(this.jdbc, leadEmail);
		long departmentId = TestData.department(this.jdbc, department);
		long service = TestData.channel(department + " service").insert(this.jdbc);
		long account = TestData.account(service, "@detail" + System.nanoTime(), departmentId, leadId).insert(this.jdbc);
		long activity = TestData.activity(departmentId, service, leadId).insert(this.jdbc);
		long contact = TestData.contact(department + " contact").with("owner_id", leadId).insert(this.jdbc);
		long vendor = TestData.vendor(department + " vendor").insert(this.jdbc);
		long source = TestData.monitoringSource(department + " source").insert(this.jdbc);
		long reported = incident(department + " reported", "REPORTED", leadId);
		long resolved = incident(department + " resolved", "RESOLVED", leadId);
		this.jdbc.update("""
				insert into incident_reviews (incident_id, created_at, created_by, updated_at, updated_by)
				values (?, now(), 'test', now(), 'test')""", resolved);
		long policy = this.jdbc.queryForObject("""
				insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
				  created_at, created_by, updated_at, updated_by)
				values (?, 'BLOGGING', ?, true, 12, current_date + 30, now(), 'test', now(), 'test') returning id""",
				Long.class, department + " policy", leadId);
		long[] training = sessions(department, leadId);
		List<String> pages = List.of("/activities/" + activity, "/contacts/" + contact, "/accounts/" + account,
				"/services/" + service, "/vendors/" + vendor, "/users/" + leadId, "/policies/" + policy,
				"/trainings/" + training[0], "/trainings/sessions/" + training[1], "/monitoring/sources/" + source,
				"/incidents/" + reported, "/incidents/" + reported + "/print", "/incidents/" + reported + "/triage",
				"/incidents/" + resolved + "/review", "/activities/new", "/contacts/new", "/accounts/new",
				"/policies/new", "/trainings/new", "/vendors/new", "/services/new", "/incidents/new");
		Map<String, List<String>> translated = new LinkedHashMap<>();
		for (String page : pages) {
			translated.put(page, translationsFor(page, lead));
		}
		translated.values().removeIf(List::isEmpty);
		assertThat(translated).as("selects translated again on a page's second view").isEmpty();
	}

	/**
	 * A training with a session to come and one past, a staff member enrolled in both
	 * (the session lists count seats and show the viewer's own enrolments).
	 * @return the training's id and the coming session's
	 */
	private long[] sessions(String department, long staffId) {
		long training = this.jdbc.queryForObject("""
				insert into trainings (title, topic_kind, format, external_trainer, created_at, created_by, updated_at,
				  updated_by)
				values (?, 'CULTURE', 'WORKSHOP', 'Someone', now(), 'test', now(), 'test') returning id""", Long.class,
				department + " training");
		List<Long> sessions = new java.util.ArrayList<>();
		for (String when : List.of("now() + interval '3 days'", "now() - interval '3 days'")) {
			long session = this.jdbc.queryForObject("""
					insert into training_sessions (training_id, starts_at, duration_minutes, location, capacity,
					  created_at, created_by, updated_at, updated_by)
					values (?, %s, 60, 'Room', 5, now(), 'test', now(), 'test') returning id""".formatted(when),
					Long.class, training);
			this.jdbc.update("""
					insert into training_enrolments (session_id, user_id, status, enrolled_at, created_at, created_by,
					  updated_at, updated_by)
					values (?, ?, 'ENROLLED', now(), now(), 'test', now(), 'test')""", session, staffId);
			sessions.add(session);
		}
		return new long[] { training, sessions.get(0) };
	}

	/** A new LEAD, STAFF member and MANAGER of the department, signed in. */
	private Viewers signIn(String department) throws Exception {
		return new Viewers(signIn(Role.LEAD, department), signIn(Role.STAFF, department),
				signIn(Role.MANAGER, department));
	}

	/** A new user of the role in the department, signed in: their session cookie. */
	private Cookie signIn(Role role, String department) throws Exception {
		return SignIn.session(this.mvc, TestData.user(this.jdbc, role, department));
	}

	/** The session cookies of a department's three viewers. */
	private record Viewers(Cookie lead, Cookie staff, Cookie manager) {

	}

	private List<String> translationsFor(String page, Cookie viewer) throws Exception {
		this.mvc.perform(get(page).cookie(viewer)).andExpect(status().isOk());
		return QueryTranslations.during(() -> this.mvc.perform(get(page).cookie(viewer)).andExpect(status().isOk()));
	}

	/**
	 * The home pages issue the same statements whatever their panels show: open incidents
	 * and crises, reviews waiting, follow-ups (the user's own and everybody's overdue
	 * ones), policies due for review, renewals, spikes and failing sources, the
	 * department's activities. On the large dataset a manager's home page counted 11 or
	 * 12 statements where the test above, whose data fills none of these panels, counted
	 * 10 (issue 15).
	 */
	@Test
	void theHomePagesIssueTheSameStatementsWhateverTheirPanelsShow() throws Exception {
		String department = "Home Count " + System.nanoTime();
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, department);
		String staffEmail = TestData.user(this.jdbc, Role.STAFF, department);
		String managerEmail = TestData.user(this.jdbc, Role.MANAGER, department);
		Cookie lead = SignIn.session(this.mvc, leadEmail);
		Cookie staff = SignIn.session(this.mvc, staffEmail);
		Cookie manager = SignIn.session(this.mvc, managerEmail);
		List<Long> people = List.of(TestData.userId(this.jdbc, leadEmail), TestData.userId(this.jdbc, staffEmail),
				TestData.userId(this.jdbc, managerEmail));
		growHome(department, people, 1);
		Map<String, Long> small = homeStatements(lead, staff, manager);
		growHome(department, people, 12);
		Map<String, Long> large = homeStatements(lead, staff, manager);

		assertThat(large).as("statements per home page after the data grew (before: %s)", small).isEqualTo(small);
		assertThat(large).allSatisfy((page, count) -> assertThat(count).as(page).isBetween(1L, (long) BUDGET));
		Map<String, List<String>> translated = new LinkedHashMap<>();
		translated.put("LEAD /", translationsFor("/", lead));
		translated.put("MANAGER /", translationsFor("/", manager));
		translated.put("STAFF /", translationsFor("/", staff));
		translated.values().removeIf(List::isEmpty);
		assertThat(translated).as("selects translated again on a page's second view").isEmpty();
	}

	private Map<String, Long> homeStatements(Cookie lead, Cookie staff, Cookie manager) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("LEAD /", statementsFor("/", lead));
		counts.put("MANAGER /", statementsFor("/", manager));
		counts.put("MANAGER /?period=month", statementsFor("/?period=month", manager));
		counts.put("STAFF /", statementsFor("/", staff));
		return counts;
	}

	/**
	 * More of everything the home panels show, {@code times} of each.
	 * @param people the lead, a staff member and a manager of the department
	 */
	private void growHome(String department, List<Long> people, int times) {
		long departmentId = TestData.department(this.jdbc, department);
		long lead = people.get(0);
		long staff = people.get(1);
		long manager = people.get(2);
		String tag = department + " " + times;
		// open incidents of the department (crises among them), owned by its staff member
		this.jdbc.update(
				"""
						with i as (
						  insert into incidents (title, summary, detected_at, reported_by_id, owner_id, kind, reported_severity,
						    severity, status, created_at, created_by, updated_at, updated_by)
						  select ? || ' open ' || g, 'S', now() - g * interval '1 hour', ?, ?, 'COMPLAINT', 1 + g % 4, 1 + g % 4,
						    'TRIAGE', now(), 'test', now(), 'test'
						  from generate_series(1, ?) g returning id)
						insert into incident_departments (incident_id, department_id) select id, ? from i""",
				tag, staff, staff, times, departmentId);
		// resolved incidents waiting for a review, each with follow-ups of the three:
		// overdue and not
		for (int g = 0; g < times; g++) {
			long incident = this.jdbc.queryForObject("""
					insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity,
					  severity, status, created_at, created_by, updated_at, updated_by)
					values (?, 'S', now() - interval '3 days', ?, 'COMPLAINT', 2, 2, 'RESOLVED', now(), 'test', now(),
					  'test') returning id""", Long.class, tag + " resolved " + g, staff);
			long review = this.jdbc.queryForObject("""
					insert into incident_reviews (incident_id, created_at, created_by, updated_at, updated_by)
					values (?, now(), 'test', now(), 'test') returning id""", Long.class, incident);
			this.jdbc.update("""
					insert into incident_follow_ups (review_id, type, description, owner_id, due_on, created_at,
					  created_by, updated_at, updated_by)
					select ?, 'ACTION', ? || ' follow-up', o, current_date + d, now(), 'test', now(), 'test'
					from unnest(array[?, ?, ?]::bigint[]) o, unnest(array[-2, 5]) d""", review, tag, lead, staff,
					manager);
		}
		// policies due for review, for the whole company
		this.jdbc.update("""
				insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
				  created_at, created_by, updated_at, updated_by)
				select ? || ' policy ' || g, 'BLOGGING', ?, true, 12, current_date - g, now(), 'test', now(), 'test'
				from generate_series(1, ?) g""", tag, lead, times);
		// vendors renewing within the panel's 60 days
		for (int g = 0; g < times; g++) {
			TestData.vendor(tag + " vendor " + g).sql("renewal_date", "current_date + " + (10 + g)).insert(this.jdbc);
		}
		// spikes and failing sources
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, 'home count', 'BRAND', now(), 'test', now(), 'test') returning id""", Long.class,
				tag + " query");
		this.jdbc.update("""
				insert into monitoring_alerts (query_id, day, observed, baseline, p_value, raised_at)
				select ?, current_date - g, 90, 10, 0.0001, now() - g * interval '1 hour'
				from generate_series(1, ?) g""", query, times);
		for (int g = 0; g < times; g++) {
			TestData.monitoringSource(tag + " source " + g)
				.with("consecutive_failures", 2)
				.sql("failing_since", "now() - interval '1 day'")
				.insert(this.jdbc);
		}
		// the department's activities, for staff
		activities(tag, departmentId, staff, 10 * times);
	}

	/**
	 * The forms that name colleagues, offer policies and trainings, and the post-incident
	 * review (its milestones read from a timeline that grows) issue the same statements
	 * whatever the number of users, policies, trainings and timeline entries: on the
	 * large dataset the review counted 12 (it loaded the whole timeline, every training's
	 * audiences and every published version with its policy and owner).
	 */
	@Test
	void theFormsAndThePostIncidentReviewIssueTheSameStatementsWhateverTheDataSize() throws Exception {
		String department = "Form Count " + System.nanoTime();
		String leadEmail = TestData.user(this.jdbc, Role.LEAD, department);
		Cookie lead = SignIn.session(this.mvc, leadEmail);
		long leadId = TestData.userId(this.jdbc, leadEmail);
		long reported = incident(department + " reported", "REPORTED", leadId);
		long resolved = incident(department + " resolved", "RESOLVED", leadId);
		long review = this.jdbc.queryForObject("""
				insert into incident_reviews (incident_id, created_at, created_by, updated_at, updated_by)
				values (?, now(), 'test', now(), 'test') returning id""", Long.class, resolved);
		List<String> pages = List.of("/activities/new", "/contacts/new", "/accounts/new", "/policies/new",
				"/trainings/new", "/vendors/new", "/services/new", "/incidents/" + reported + "/triage",
				"/incidents/" + resolved + "/review");
		growForms(department, resolved, review, leadId, 5);
		Map<String, Long> small = new LinkedHashMap<>();
		for (String page : pages) {
			small.put(page, statementsFor(page, lead));
		}
		growForms(department, resolved, review, leadId, 120);
		Map<String, Long> large = new LinkedHashMap<>();
		for (String page : pages) {
			large.put(page, statementsFor(page, lead));
		}

		assertThat(large).as("statements per form after the data grew (before: %s)", small).isEqualTo(small);
		assertThat(large).allSatisfy((page, count) -> assertThat(count).as(page).isBetween(1L, (long) BUDGET));
	}

	private long incident(String title, String status, long reporter) {
		return this.jdbc.queryForObject("""
				insert into incidents (title, summary, detected_at, reported_by_id, kind, reported_severity, severity,
				  status, created_at, created_by, updated_at, updated_by)
				values (?, 'S', now() - interval '3 days', ?, 'COMPLAINT', 2, 2, ?, now(), 'test', now(), 'test')
				returning id""", Long.class, title, reporter, status);
	}

	/**
	 * More colleagues, published policies, trainings with audiences, timeline entries,
	 * review comments and follow-ups: {@code times} of each (ten times as many entries).
	 */
	private void growForms(String department, long incident, long review, long leadId, int times) {
		long departmentId = TestData.department(this.jdbc, department);
		String tag = department + " " + times;
		staff("form", departmentId, times);
		this.jdbc.update("""
				with p as (
				  insert into policies (title, kind, owner_id, all_departments, review_cycle_months, next_review_on,
				    created_at, created_by, updated_at, updated_by)
				  select ? || ' policy ' || g, 'BLOGGING', ?, true, 12, current_date + 100, now(), 'test', now(), 'test'
				  from generate_series(1, ?) g returning id)
				insert into policy_versions (policy_id, number, body, change_summary, state, published_at,
				  published_by_id, created_at, created_by, updated_at, updated_by)
				select id, 1, 'Body', 'First', 'PUBLISHED', now(), ?, now(), 'test', now(), 'test' from p""", tag,
				leadId, times, leadId);
		this.jdbc.update(
				"""
						with t as (
						  insert into trainings (title, topic_kind, format, external_trainer, created_at, created_by, updated_at,
						    updated_by)
						  select ? || ' training ' || g, 'CULTURE', 'WORKSHOP', 'Someone', now(), 'test', now(), 'test'
						  from generate_series(1, ?) g returning id)
						insert into training_audiences (training_id, department_id) select id, ? from t""",
				tag, times, departmentId);
		this.jdbc.update("""
				insert into incident_timeline_entries (incident_id, type, occurred_at, recorded_at, actor_id,
				  actor_name, department_id, body, from_status, to_status)
				select ?, case when g % 10 = 0 then 'STATUS_CHANGE' else 'NOTE' end, now() - interval '2 days'
				       + g * interval '1 minute', now(), ?, 'Test', ?, 'Entry ' || g,
				       case when g % 10 = 0 then 'REPORTED' end, case when g % 10 = 0 then 'TRIAGE' end
				from generate_series(1, ?) g""", incident, leadId, departmentId, 10 * times);
		this.jdbc.update("""
				insert into incident_follow_ups (review_id, type, description, owner_id, due_on, created_at,
				  created_by, updated_at, updated_by)
				select ?, 'ACTION', ? || ' follow-up ' || g, ?, current_date + g, now(), 'test', now(), 'test'
				from generate_series(1, ?) g""", review, tag, leadId, times);
		// comments by as many colleagues
		this.jdbc.update("""
				insert into incident_review_comments (review_id, author_id, body, created_at)
				select ?, id, 'Comment by ' || display_name, now() from users
				where email like 'form-' || ? || '-%' and email not like 'form-' || ? || '-%0@%'""", review, times,
				times);
	}

	@Test
	void aPageReadsTheSessionOnceAndWritesNothingWhenNothingChanged() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Query Count Session");
		Cookie staff = SignIn.session(this.mvc, email);
		this.mvc.perform(get("/departments").cookie(staff)).andExpect(status().isOk());
		Long lastAccess = lastAccess(email);

		long statements = SqlStatementCounter
			.count(() -> this.mvc.perform(get("/departments").cookie(staff)).andExpect(status().isOk()));

		// the session and the user's current rights (with the tables' numbers): the
		// departments with their users are kept from the first view
		// (core.pagecache.KeptTables)
		assertThat(statements).isEqualTo(2);
		assertThat(lastAccess(email)).as("last access written at most once a minute").isEqualTo(lastAccess);
	}

	private Long lastAccess(String email) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
				Long.class, email);
	}

	/**
	 * A measure of each main page, as the lead and as the role that sees it differently.
	 */
	private <T> Map<String, T> perPage(Viewers viewers, PageMeasure<T> measure) throws Exception {
		Cookie lead = viewers.lead();
		Cookie staff = viewers.staff();
		Cookie manager = viewers.manager();
		Map<String, T> measures = new LinkedHashMap<>();
		for (String page : PAGES) {
			measures.put("LEAD " + page, measure.of(page, lead));
		}
		for (String page : OTHER_LISTS) {
			measures.put("LEAD " + page, measure.of(page, lead));
		}
		measures.put("STAFF /directory?q=count", measure.of("/directory?q=count", staff));
		measures.put("STAFF /", measure.of("/", staff));
		measures.put("MANAGER /", measure.of("/", manager));
		measures.put("LEAD /?period=month", measure.of("/?period=month", lead));
		measures.put("MANAGER /?period=quarter", measure.of("/?period=quarter", manager));
		measures.put("STAFF /activities", measure.of("/activities", staff));
		measures.put("STAFF /contacts", measure.of("/contacts", staff));
		return measures;
	}

	@FunctionalInterface
	private interface PageMeasure<T> {

		T of(String page, Cookie viewer) throws Exception;

	}

	private long statementsFor(String page, Cookie viewer) throws Exception {
		this.mvc.perform(get(page).cookie(viewer)).andExpect(status().isOk());
		this.statistics.clear();
		long statements = SqlStatementCounter
			.count(() -> this.mvc.perform(get(page).cookie(viewer)).andExpect(status().isOk()));
		assertThat(this.statistics.getEntityFetchCount()).as("entities loaded one by one on %s", page).isZero();
		return statements;
	}

	/**
	 * More of everything the pages show: users, activities, contacts, audit entries.
	 */
	private void grow(String department, int times) {
		long departmentId = TestData.department(this.jdbc, department);
		// more than a page of users at both sizes
		staff("count", departmentId, times);
		long ownerId = this.jdbc.queryForObject("select min(id) from users where department_id = ?", Long.class,
				departmentId);
		activities(department + " " + times, departmentId, ownerId, 10 * times);
		this.jdbc.update(
				"""
						insert into contacts (kind, name, outlet, owner_id, state, created_at, created_by, updated_at, updated_by)
						select 'BLOGGER', 'Count contact ' || g, 'Count outlet', ?, 'ENGAGED', now(), 'test', now(), 'test'
						from generate_series(1, ?) as g""",
				ownerId, 10 * times);
		this.jdbc.update("""
				insert into audit_log (actor, occurred_at, action, entity_type, entity_id, changed_fields)
				select 'count@test.example', now(), 'UPDATE', 'Count' || (g % 7), g, 'title'
				from generate_series(1, ?) as g""", 100 + 10 * times);
	}

	/**
	 * Ten times {@code times} staff members of a department, e-mail
	 * {@code prefix-times-n@test.example}, named "Prefix user n".
	 */
	private void staff(String prefix, long departmentId, int times) {
		this.jdbc.update("""
				insert into users (email, display_name, department_id, role, active, password_hash,
				                   created_at, created_by, updated_at, updated_by)
				select ? || '-' || ? || '-' || g || '@test.example', initcap(?) || ' user ' || g, ?, 'STAFF', true, 'x',
				       now(), 'test', now(), 'test'
				from generate_series(1, ?) as g""", prefix, times, prefix, departmentId, 10 * times);
	}

	/**
	 * Activities of a department on a service of their own, done in the last 30 days.
	 */
	private void activities(String serviceName, long departmentId, long ownerId, int count) {
		long serviceId = this.jdbc.queryForObject("""
				insert into social_services (name, kind, created_at, created_by, updated_at, updated_by)
				values (?, 'BLOG', now(), 'test', now(), 'test') returning id""", Long.class, serviceName);
		this.jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				                        created_at, created_by, updated_at, updated_by)
				select ?, ?, 'POST', 'Count ' || g, current_date - (g % 30), ?, 'DONE', now(), 'test', now(), 'test'
				from generate_series(1, ?) as g""", departmentId, serviceId, ownerId, count);
	}

}
