package org.smrdesk.operations;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smrdesk.user.UserAccounts;
import org.smrdesk.user.UserForm;
import org.smrdesk.core.Role;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL, as behind a load balancer: both started at once on an
 * empty database, then one browser talking to either over real HTTP. Sessions, CSRF
 * tokens, sign-out, the sign-in throttle and a deactivation hold across nodes; each
 * background job runs once across both for the same due work (see also
 * {@link JobsAcrossNodesTests}).
 */
class TwoNodesTests {

	static AppNode a;

	static AppNode b;

	static JdbcTemplate jdbc;

	static JdbcTemplate owner;

	@BeforeAll
	static void startTwoNodesAtOnceOnAnEmptyDatabase() {
		TwoNodes nodes = TwoNodes.get();
		a = nodes.a;
		b = nodes.b;
		jdbc = nodes.jdbc;
		owner = nodes.owner;
	}

	@Test
	void bothNodesStartedAtOnceMigrateTheDatabaseOnceAndCreateOneFirstLead() {
		assertThat(owner.queryForObject("""
				select count(*) from flyway_schema_history where success and version is not null
				group by version order by count(*) desc limit 1""", Integer.class)).isEqualTo(1);
		assertThat(owner.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from users where role = 'LEAD'", Integer.class)).isEqualTo(1);
	}

	@Test
	void aSessionStartedOnOneNodeWorksOnTheOther() {
		Browser browser = new Browser();
		HttpResponse<String> signIn = browser.signIn(a.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		HttpResponse<String> home = browser.get(b.url("/users"));
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(AppNode.LEAD_EMAIL);
	}

	@Test
	void aFormRenderedByOneNodeIsAcceptedByTheOther() {
		Browser browser = new Browser();
		browser.signIn(a.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		var form = Browser.form(browser.get(a.url("/departments/new")), "form[method=post].form-narrow");
		HttpResponse<String> created = browser.submit(form, b.url("/departments/new"),
				Map.of("name", "Load Balanced", "headCount", "7"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from departments where name = 'Load Balanced'", Integer.class))
			.isEqualTo(1);
		// the same submit again (a double click through the other node) creates nothing
		// more
		browser.submit(form, a.url("/departments/new"), Map.of("name", "Load Balanced", "headCount", "7"));
		assertThat(jdbc.queryForObject("select count(*) from departments where name = 'Load Balanced'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnTheOther() {
		Browser browser = new Browser();
		browser.signIn(b.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		Browser sameCookie = browser;
		assertThat(sameCookie.get(a.url("/users")).statusCode()).isEqualTo(200);
		var logout = Browser.form(browser.get(a.url("/")), "form[action$=/logout]");
		HttpResponse<String> out = browser.submit(logout, b.url("/logout"), Map.of());
		assertThat(out.statusCode()).isEqualTo(302);
		HttpResponse<String> after = browser.get(a.url("/users"));
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void theSignInThrottleCountsFailuresOnBothNodes() {
		String email = createStaff("throttled");
		for (int i = 0; i < 5; i++) {
			AppNode node = (i % 2 == 0) ? a : b;
			HttpResponse<String> failed = new Browser().signIn(node.url(""), email, "not the password " + i);
			assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("/login?");
		}
		// five failures, spread over both nodes: the right password is refused on either
		HttpResponse<String> locked = new Browser().signIn(a.url(""), email, "staff passphrase ok");
		assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
		HttpResponse<String> lockedToo = new Browser().signIn(b.url(""), email, "staff passphrase ok");
		assertThat(lockedToo.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
	}

	@Test
	void aUserDeactivatedOnOneNodeIsRefusedOnTheOtherAtOnce() {
		String email = createStaff("leaver");
		Browser staff = new Browser();
		assertThat(staff.signIn(b.url(""), email, "staff passphrase ok").statusCode()).isEqualTo(302);
		assertThat(staff.get(b.url("/")).statusCode()).isEqualTo(200);
		Long id = jdbc.queryForObject("select id from users where email = ?", Long.class, email);
		Browser lead = new Browser();
		lead.signIn(a.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		var deactivate = Browser.form(lead.get(a.url("/users/" + id)), "form[action$=/deactivate]");
		assertThat(lead.submit(deactivate, a.url("/users/" + id + "/deactivate"), Map.of()).statusCode())
			.isEqualTo(302);
		HttpResponse<String> refused = staff.get(b.url("/"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	static String createStaff(String name) {
		String email = name + "-" + System.nanoTime() + "@ops.example";
		UserForm form = new UserForm();
		form.setEmail(email);
		form.setDisplayName(name);
		form.setDepartmentId(jdbc.queryForObject("select min(id) from departments", Long.class));
		form.setRole(Role.STAFF);
		form.setPassword("staff passphrase ok");
		a.bean(UserAccounts.class).create(form);
		return email;
	}

}
