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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
// so both measurements see the same warm state (a minute passed between them under load)
@TestPropertySource(properties = { "smr.home.figures-for=1h", "smr.security.session-touch-every=1h" })
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
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, department));
		Cookie staff = signIn(TestData.user(this.jdbc, Role.STAFF, department));
		Cookie manager = signIn(TestData.user(this.jdbc, Role.MANAGER, department));
		grow(department, 5);
		Map<String, Long> small = statements(lead, staff, manager);
		grow(department, 120);
		Map<String, Long> large = statements(lead, staff, manager);

		assertThat(large).as("statements per page after the data grew (before: %s)", small).isEqualTo(small);
		assertThat(large).allSatisfy((page, count) -> assertThat(count).as(page)
			.isBetween(1L, OVER_BUDGET.getOrDefault(page, (long) BUDGET)));
		for (String page : BOUND_ONLY) {
			assertThat(statementsFor(page, lead)).as(page).isBetween(1L, (long) BUDGET);
		}
	}

	@Test
	void aPageReadsTheSessionOnceAndWritesNothingWhenNothingChanged() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Query Count Session");
		Cookie staff = signIn(email);
		this.mvc.perform(get("/departments").cookie(staff)).andExpect(status().isOk());
		Long lastAccess = lastAccess(email);

		long statements = SqlStatementCounter
			.count(() -> this.mvc.perform(get("/departments").cookie(staff)).andExpect(status().isOk()));

		// the session, the user's current rights, the departments with their users
		assertThat(statements).isEqualTo(3);
		assertThat(lastAccess(email)).as("last access written at most once a minute").isEqualTo(lastAccess);
	}

	private Long lastAccess(String email) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
				Long.class, email);
	}

	private Cookie signIn(String email) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

	private Map<String, Long> statements(Cookie lead, Cookie staff, Cookie manager) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			counts.put("LEAD " + page, statementsFor(page, lead));
		}
		for (String page : OTHER_LISTS) {
			counts.put("LEAD " + page, statementsFor(page, lead));
		}
		counts.put("STAFF /directory?q=count", statementsFor("/directory?q=count", staff));
		counts.put("STAFF /", statementsFor("/", staff));
		counts.put("MANAGER /", statementsFor("/", manager));
		counts.put("LEAD /?period=month", statementsFor("/?period=month", lead));
		counts.put("MANAGER /?period=quarter", statementsFor("/?period=quarter", manager));
		counts.put("STAFF /activities", statementsFor("/activities", staff));
		counts.put("STAFF /contacts", statementsFor("/contacts", staff));
		return counts;
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
		this.jdbc.update("""
				insert into users (email, display_name, department_id, role, active, password_hash,
				                   created_at, created_by, updated_at, updated_by)
				select 'count-' || ? || '-' || g || '@test.example', 'Count user ' || g, ?, 'STAFF', true, 'x',
				       now(), 'test', now(), 'test'
				from generate_series(1, ?) as g""", times, departmentId, 10 * times);
		long ownerId = this.jdbc.queryForObject("select min(id) from users where department_id = ?", Long.class,
				departmentId);
		long serviceId = this.jdbc.queryForObject("""
				insert into social_services (name, kind, created_at, created_by, updated_at, updated_by)
				values (?, 'BLOG', now(), 'test', now(), 'test') returning id""", Long.class, department + " " + times);
		this.jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				                        created_at, created_by, updated_at, updated_by)
				select ?, ?, 'POST', 'Count ' || g, current_date - (g % 30), ?, 'DONE', now(), 'test', now(), 'test'
				from generate_series(1, ?) as g""", departmentId, serviceId, ownerId, 10 * times);
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

}
