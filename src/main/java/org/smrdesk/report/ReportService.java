package org.smrdesk.report;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.goal.GoalService;
import org.smrdesk.goal.Period;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a period's report from the goals (through their service: three statements) and
 * this feature's own aggregated sections (one statement), in one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final GoalService goals;

	private final ReportQueries queries;

	private final CompanyFigures figures;

	ReportService(GoalService goals, ReportQueries queries, CompanyFigures figures) {
		this.goals = goals;
		this.queries = queries;
		this.figures = figures;
	}

	/**
	 * Reads a period from a URL.
	 * @param text {@code 2026}, {@code 2026-Q3} or {@code 2026-10}
	 * @return the period
	 * @throws MalformedPeriodException when the text is no period
	 * @throws NotFoundException when the period has not begun
	 */
	public Period period(String text) {
		Period period = Period.parse(text).orElseThrow(() -> new MalformedPeriodException(text));
		if (period.isFuture(this.goals.today())) {
			throw new NotFoundException("Report", text);
		}
		return period;
	}

	/**
	 * A period's report: the same for every LEAD and MANAGER, so kept a short while
	 * ({@code smr.home.figures-for}, as the dashboard's figures) and forgotten when a
	 * goal or a manual figure changes. No transaction is opened before it is looked up,
	 * so a view waiting for its first computation holds no connection.
	 * @param period the period
	 * @return the report
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Report report(Period period) {
		return this.figures.get("report." + period, () -> {
			ReportQueries.Sections sections = this.queries.sections(period);
			return new Report(period, this.goals.progress(period), sections.incidents(), sections.mentions(),
					sections.spikes(), sections.activities(), sections.training(), sections.acknowledgements(),
					sections.renewals());
		});
	}

	/**
	 * A period in a URL that is not one.
	 */
	public static class MalformedPeriodException extends RuntimeException {

		MalformedPeriodException(String text) {
			super("Not a period (write 2026, 2026-Q3 or 2026-10): " + text);
		}

	}

}
