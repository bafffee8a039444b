package org.smrdesk.goal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.report.ReportService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period's goals with their figures and its report are kept a minute, as in production
 * (the goals page and {@code /reports/2025} read no history while kept), and forgotten
 * when a goal changes. Goals of 2001, which no other test writes.
 */
@IntegrationTest
@TestPropertySource(properties = "smr.home.figures-for=1m")
class GoalFiguresKeptTests {

	@Autowired
	private GoalService goals;

	@Autowired
	private ReportService reports;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aPeriodsGoalsAndReportAreKeptAndForgottenWhenAGoalIsSet() throws Exception {
		this.jdbc.update("delete from goals where period_year = 2001");
		Period year = Period.year(2001);
		assertThat(this.goals.progress(year)).isEmpty();
		assertThat(this.reports.report(year).goals()).isEmpty();

		assertThat(SqlStatementCounter.count(() -> {
			this.goals.progress(year);
			return this.reports.report(year);
		})).as("statements while kept").isZero();

		GoalForm form = new GoalForm();
		form.setMetric("activities:ALL");
		form.setPeriod("2001");
		form.setTarget(BigDecimal.TEN);
		this.goals.create(form);

		assertThat(this.goals.progress(year)).extracting((p) -> p.goal().getMetric()).containsExactly("activities:ALL");
		assertThat(this.reports.report(year).goals()).hasSize(1);
	}

}
