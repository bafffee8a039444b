package org.smrdesk.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.smrdesk.core.Times;
import org.smrdesk.goal.GoalFormat;
import org.smrdesk.goal.Period;
import org.smrdesk.goal.Progress;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report as a PDF (OpenPDF, as the crisis timeline): the same sections as the page.
 */
@Component
class ReportPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

	private final MessageSource messages;

	private final Times times;

	private final GoalFormat format;

	ReportPdf(MessageSource messages, Times times, GoalFormat format) {
		this.messages = messages;
		this.times = times;
		this.format = format;
	}

	/**
	 * The file name of a period's report.
	 * @param period the period
	 * @return {@code smr-report-2026-10.pdf}
	 */
	static String filename(Period period) {
		return "smr-report-" + period + ".pdf";
	}

	byte[] render(Report report, String printedBy) {
		Locale locale = LocaleContextHolder.getLocale();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.addTitle(msg(locale, "report.title", report.period()));
		document.open();
		document.add(new Paragraph(msg(locale, "report.title", report.period()), TITLE));
		document.add(new Paragraph(msg(locale, "report.printed", this.times.format(this.times.instant()), printedBy),
				SMALL));
		section(document, msg(locale, "report.highlights"));
		document.add(new Paragraph(
				msg(locale, "report.highlight.goals", report.goalsMet(), report.goals().size(), report.goalsAtRisk()),
				TEXT));
		document.add(new Paragraph(
				msg(locale, "report.highlight.mentions", report.mentions().total(), report.mentions().lastYear()),
				TEXT));
		document.add(new Paragraph(msg(locale, "report.highlight.incidents", report.incidents().size(),
				report.spikes().size(), report.activityTotal()), TEXT));
		section(document, msg(locale, "report.goals"));
		PdfPTable goals = table(locale, "goal.metric", "goal.period", "goal.target", "goal.actual", "goal.lastYear",
				"goal.status");
		for (Progress p : report.goals()) {
			String unit = p.key().unit();
			String scope = (p.scopeName() != null) ? " (" + p.scopeName() + ")" : "";
			cells(goals, msg(locale, p.key().label()) + scope, p.goal().getPeriod().toString(),
					this.format.figure(p.goal().getTarget().doubleValue(), unit), figure(locale, p.actual(), unit),
					figure(locale, p.lastYear(), unit), msg(locale, "goal.status." + p.status()));
		}
		add(document, locale, goals, report.goals());
		section(document, msg(locale, "report.incidents"));
		PdfPTable incidents = table(locale, "report.incident", "report.severity", "report.detected", "report.toTriage",
				"report.toResponse", "report.toResolution");
		for (Report.IncidentLine i : report.incidents()) {
			cells(incidents, i.title(), String.valueOf(i.severity()), this.times.format(i.detectedAt()),
					figure(locale, i.hoursToTriage(), "HOURS"), figure(locale, i.hoursToFirstResponse(), "HOURS"),
					figure(locale, i.hoursToResolution(), "HOURS"));
		}
		add(document, locale, incidents, report.incidents());
		section(document, msg(locale, "report.mentions"));
		PdfPTable spikes = table(locale, "report.day", "report.query", "report.observed", "report.baseline");
		for (Report.Spike s : report.spikes()) {
			cells(spikes, s.day().toString(), s.query(), String.valueOf(s.observed()), GoalFormat.plain(s.baseline()));
		}
		add(document, locale, spikes, report.spikes());
		section(document, msg(locale, "report.activities"));
		PdfPTable activities = table(locale, "report.department", "report.service", "report.count");
		report.activities().forEach((a) -> cells(activities, a.department(), a.service(), String.valueOf(a.count())));
		add(document, locale, activities, report.activities());
		section(document, msg(locale, "report.training"));
		PdfPTable training = table(locale, "report.department", "report.attended", "report.headCount",
				"report.coverage");
		report.training()
			.forEach((c) -> cells(training, c.department(), String.valueOf(c.attended()), String.valueOf(c.headCount()),
					percent(locale, c.percent())));
		add(document, locale, training, report.training());
		section(document, msg(locale, "report.acknowledgements"));
		PdfPTable acks = table(locale, "report.policy", "report.acknowledged", "report.expected", "report.rate");
		report.acknowledgements()
			.forEach((a) -> cells(acks, a.policy(), String.valueOf(a.acknowledged()), String.valueOf(a.expected()),
					percent(locale, a.percent())));
		add(document, locale, acks, report.acknowledgements());
		section(document, msg(locale, "report.renewals"));
		PdfPTable renewals = table(locale, "report.vendor", "report.renewalDate", "report.noticeBy");
		report.renewals()
			.forEach((r) -> cells(renewals, r.vendor(), r.renewalDate().toString(), r.noticeBy().toString()));
		add(document, locale, renewals, report.renewals());
		document.close();
		return out.toByteArray();
	}

	private void add(Document document, Locale locale, PdfPTable table, List<?> rows) {
		if (rows.isEmpty()) {
			document.add(new Paragraph(msg(locale, "report.none"), SMALL));
		}
		else {
			document.add(table);
		}
	}

	private String figure(Locale locale, Double value, String unit) {
		return (value != null) ? this.format.figure(value, unit) : msg(locale, "goal.noData");
	}

	private String percent(Locale locale, Integer value) {
		return (value != null) ? value + " %" : msg(locale, "goal.noData");
	}

	private PdfPTable table(Locale locale, String... headers) {
		PdfPTable table = new PdfPTable(headers.length);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(msg(locale, header), HEADING));
			cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
			table.addCell(cell);
		}
		return table;
	}

	private static void cells(PdfPTable table, String... values) {
		for (String value : values) {
			table.addCell(new Phrase((value != null) ? value : "", TEXT));
		}
	}

	private void section(Document document, String title) {
		Paragraph heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(10);
		heading.setSpacingAfter(4);
		document.add(heading);
	}

	private String msg(Locale locale, String code, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
