package org.smrdesk.report;

import java.util.List;

import org.smrdesk.core.NotFoundException;
import org.smrdesk.goal.GoalJson;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report as JSON: 400 for a malformed period, 404 for one not begun.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class ReportApiController {

	private final ReportService reports;

	ReportApiController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/{period}")
	ReportJson show(@PathVariable String period) {
		Report r = this.reports.report(this.reports.period(period));
		return new ReportJson(r.period().toString(), r.goals().stream().map(GoalJson::of).toList(), r.incidents(),
				r.mentions(), r.spikes(), r.activities(), r.training(), r.acknowledgements(), r.renewals());
	}

	@ExceptionHandler(ReportService.MalformedPeriodException.class)
	ProblemDetail malformed(ReportService.MalformedPeriodException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No report for a period that has not begun, or no such record: " + ex.getMessage());
	}

	/**
	 * The report's sections.
	 */
	record ReportJson(String period, List<GoalJson> goals, List<Report.IncidentLine> incidents, Report.Volume mentions,
			List<Report.Spike> spikes, List<Report.ActivityLine> activities, List<Report.Coverage> training,
			List<Report.AckRate> acknowledgements, List<Report.Renewal> renewals) {
	}

}
