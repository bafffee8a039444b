package org.smrdesk.training;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The training pages render with data outside any test transaction (so a lazy load after
 * the service returns fails here, as it would in production) and run a bounded number of
 * SQL statements whatever the number of trainings.
 */
@IntegrationTest
class TrainingPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private CoveragePanel coveragePanel;

	@Autowired
	private NextTrainingPanel nextTrainingPanel;

	private UserDetails as(Role role, String department) {
		return this.users.loadUserByUsername(TestData.user(this.jdbc, role, department));
	}

	@Test
	void listsAndPanelsRunABoundedNumberOfStatements() throws Exception {
		String name = "Count " + UUID.randomUUID().toString().substring(0, 8);
		long department = TestData.department(this.jdbc, name);
		for (int i = 0; i < 12; i++) {
			long training = TrainingFixtures.training(this.jdbc, "Counted " + i, i % 2 == 0, null, department);
			TrainingFixtures.session(this.jdbc, training, Instant.now().plus(Duration.ofDays(i + 1)), 5);
		}
		UserDetails lead = as(Role.LEAD, name);
		UserDetails staff = as(Role.STAFF, name);
		long firstSession = this.jdbc.queryForObject(
				"""
						select s.id from training_sessions s join trainings t on t.id = s.training_id
						join training_audiences a on a.training_id = t.id where a.department_id = ? order by s.starts_at limit 1""",
				Long.class, department);
		long firstTraining = this.jdbc.queryForObject("select training_id from training_sessions where id = ?",
				Long.class, firstSession);
		this.mvc.perform(post("/trainings/sessions/{id}/enrol", firstSession).with(user(staff)).with(csrf()))
			.andExpect(status().isFound());
		long sessions = statements(get("/trainings/sessions").with(user(staff)));
		long session = statements(get("/trainings/sessions/{id}", firstSession).with(user(lead)));
		long training = statements(get("/trainings/{id}", firstTraining).with(user(staff)));
		long csv = statements(get("/trainings?format=csv").with(user(staff)));
		long catalogue = statements(get("/trainings?size=20").with(user(staff)));
		this.mvc.perform(get("/").with(user(lead))).andExpect(status().isOk());
		long coveragePanel = statements(() -> this.coveragePanel.load((CurrentUser) lead));
		long nextPanel = statements(() -> this.nextTrainingPanel.load((CurrentUser) staff));
		long coverage = statements(get("/trainings/coverage").with(user(lead)));
		long mine = statements(get("/trainings/mine").with(user(staff)));
		assertThat(sessions).as("upcoming sessions").isLessThanOrEqualTo(6);
		assertThat(catalogue).as("catalogue").isLessThanOrEqualTo(6);
		assertThat(coverage).as("coverage").isLessThanOrEqualTo(8);
		assertThat(coveragePanel).as("coverage panel").isLessThanOrEqualTo(2);
		assertThat(nextPanel).as("next training panel").isLessThanOrEqualTo(2);
		assertThat(mine).as("my trainings").isLessThanOrEqualTo(6);
		assertThat(session).as("one session with its roster").isLessThanOrEqualTo(6);
		assertThat(training).as("one training with its sessions").isLessThanOrEqualTo(6);
		assertThat(csv).as("catalogue export").isLessThanOrEqualTo(4);
	}

	@Test
	void theCatalogueExportHasEachTrainingWithItsTrainerAndAudiencesInOneRow() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long zeta = TestData.department(this.jdbc, "Zeta " + unique);
		long alpha = TestData.department(this.jdbc, "Alpha " + unique);
		TrainingFixtures.training(this.jdbc, "Exported " + unique, true, null, zeta, alpha);
		String csv = this.mvc
			.perform(get("/trainings").param("format", "csv")
				.param("q", "exported " + unique)
				.with(user(as(Role.LEAD, "Zeta " + unique))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().toList()).hasSize(2)
			.element(1)
			.asString()
			.startsWith("Exported " + unique)
			.endsWith(",CULTURE,,,WORKSHOP,Outside Trainer,Alpha " + unique + "; Zeta " + unique + ",true");
	}

	private long statements(MockHttpServletRequestBuilder request) throws Exception {
		return statements(() -> this.mvc.perform(request).andExpect(status().isOk()));
	}

	private long statements(Action action) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			action.run();
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	interface Action {

		void run() throws Exception;

	}

}
