package org.smrdesk.report;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.goal.Period;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The SMR report of a month, a quarter or a year: a printable page and a PDF, for the
 * lead and managers. A malformed period or one not begun yet is not found.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class ReportController {

	private final ReportService reports;

	private final ReportPdf pdf;

	ReportController(ReportService reports, ReportPdf pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@CachedPage
	@GetMapping("/{period}")
	String show(@PathVariable String period, Model model) {
		model.addAttribute("report", this.reports.report(periodOf(period)));
		return "reports/show";
	}

	@CachedPage
	@GetMapping("/{period}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String period, @AuthenticationPrincipal CurrentUser user) {
		Period p = periodOf(period);
		byte[] document = this.pdf.render(this.reports.report(p), user.displayName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ReportPdf.filename(p)).build().toString())
			.body(document);
	}

	private Period periodOf(String text) {
		try {
			return this.reports.period(text);
		}
		catch (ReportService.MalformedPeriodException ex) {
			throw new NotFoundException("Report", text);
		}
	}

}
