package org.smrdesk;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo profile on a database of its own: every feature's demo script runs together on
 * an empty database, the demo users sign in with the documented password, and every main
 * page renders with the data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoDataTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Test
	void theDemoCompanyIsPlentifulEnoughToShowEveryScreen() {
		assertThat(count("users")).isGreaterThanOrEqualTo(12);
		assertThat(count("departments")).isGreaterThanOrEqualTo(8);
		assertThat(count("activities")).isGreaterThanOrEqualTo(200);
		assertThat(count("social_services")).isGreaterThanOrEqualTo(15);
		assertThat(count("accounts")).isGreaterThanOrEqualTo(10);
		assertThat(count("policies")).isGreaterThanOrEqualTo(5);
		assertThat(count("contacts")).isGreaterThanOrEqualTo(40);
		assertThat(count("vendors")).isGreaterThanOrEqualTo(6);
		assertThat(count("incidents")).isGreaterThanOrEqualTo(8);
		assertThat(count("incident_named_parties")).isGreaterThanOrEqualTo(10);
		assertThat(count("incident_attachments")).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from incident_timeline_entries where acted_by_party_id is not null", Integer.class))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("trainings")).isGreaterThanOrEqualTo(6);
		assertThat(count("mentions")).isBetween(4500, 6000);
		assertThat(count("monitoring_sources")).isGreaterThanOrEqualTo(5);
		assertThat(count("monitoring_alerts")).isGreaterThanOrEqualTo(2);
		// demo sources never try the internet on start: none is due for years
		assertThat(this.jdbc.queryForObject(
				"select count(*) from monitoring_sources where next_poll_at < now() + interval '1 year'",
				Integer.class))
			.isZero();
	}

	@Test
	void theDemoUsersSignInWithTheDocumentedPassword() throws Exception {
		for (String email : List.of("lead@example.com", "manager@example.com", "marketing@example.com",
				"hr@example.com")) {
			this.mvc.perform(formLogin().user(email).password("smrdesk-demo")).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void everyMainPageRendersWithTheDemoData() throws Exception {
		var lead = this.users.loadUserByUsername("lead@example.com");
		for (String page : List.of("/", "/activities", "/services", "/accounts", "/directory?q=video",
				"/responsibilities", "/policies", "/contacts", "/vendors", "/vendors/renewals", "/incidents",
				"/trainings", "/trainings/coverage", "/users", "/departments", "/audit", "/monitoring",
				"/monitoring/mentions", "/monitoring/sources", "/monitoring/queries")) {
			this.mvc.perform(get(page).with(user(lead)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
		for (String email : List.of("manager@example.com", "marketing@example.com")) {
			this.mvc.perform(get("/").with(user(this.users.loadUserByUsername(email)))).andExpect(status().isOk());
		}
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DemoDatabase {

		@Bean
		JdbcConnectionDetails demoDatabase() {
			TestDatabases.Database database = TestDatabases.fresh("smr_demo");
			return new JdbcConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return database.url();
				}

				@Override
				public String getUsername() {
					return database.username();
				}

				@Override
				public String getPassword() {
					return database.password();
				}

			};
		}

	}

}
