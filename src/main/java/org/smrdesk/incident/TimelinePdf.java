package org.smrdesk.incident;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.smrdesk.core.Times;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The read-only crisis timeline as a PDF (OpenPDF): the incident's facts, milestones,
 * consultation, every timeline entry in order, and the review.
 */
@Component
class TimelinePdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

	private static final Font CRISIS = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Font.NORMAL,
			new Color(0xB0, 0x2A, 0x37));

	private final MessageSource messages;

	private final Times times;

	TimelinePdf(MessageSource messages, Times times) {
		this.messages = messages;
		this.times = times;
	}

	/**
	 * The PDF of a timeline.
	 * @param page the incident page (its entries maybe filtered)
	 * @param printedBy who prints it
	 * @return the document
	 */
	byte[] render(IncidentPage page, String printedBy) {
		Incident incident = page.incident();
		Milestones milestones = page.milestones();
		List<TimelineEntry> entries = page.entries();
		Map<Long, List<Long>> correctedBy = page.correctedBy();
		IncidentReview review = page.review();
		TimelineFilter filter = page.filter();
		List<TimelineGroup> groups = page.groups();
		Locale locale = LocaleContextHolder.getLocale();
		ZoneId zone = this.times.zone();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 50);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		String footer = msg(locale, "incident.pdf.printed", Times.format(this.times.instant(), zone), printedBy,
				zone.getId());
		writer.setPageEvent(new PdfPageEventHelper() {
			@Override
			public void onEndPage(PdfWriter pdf, Document page) {
				ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_LEFT, new Phrase(footer, SMALL),
						page.left(), page.bottom() - 20, 0);
				ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_RIGHT,
						new Phrase(msg(locale, "incident.pdf.page", pdf.getPageNumber()), SMALL), page.right(),
						page.bottom() - 20, 0);
			}
		});
		document.addTitle(incident.getTitle());
		document.open();
		document.add(new Paragraph(incident.getTitle(), TITLE));
		String severity = msg(locale, "incident.severity." + incident.getSeverity());
		document.add(new Paragraph(msg(locale, "incident.pdf.subtitle", severity,
				msg(locale, "incident.status." + incident.getStatus()),
				msg(locale, "incident.kind." + incident.getKind()), Times.format(incident.getDetectedAt(), zone)),
				incident.isCrisis() ? CRISIS : TEXT));
		if (incident.getWhere() != null || incident.getLink() != null) {
			document.add(new Paragraph(
					msg(locale, "incident.where") + ": " + ((incident.getWhere() != null) ? incident.getWhere() : "")
							+ ((incident.getLink() != null) ? " " + incident.getLink() : ""),
					SMALL));
		}
		document.add(new Paragraph(incident.getSummary(), TEXT));
		document.add(new Paragraph(msg(locale, "incident.milestones") + ": " + msg(locale, "incident.milestone.triage")
				+ " " + elapsed(locale, milestones.toTriage()) + " · " + msg(locale, "incident.milestone.response")
				+ " " + elapsed(locale, milestones.toFirstResponse()) + " · "
				+ msg(locale, "incident.milestone.resolution") + " " + elapsed(locale, milestones.toResolution()),
				TEXT));
		section(document, msg(locale, "incident.consultation"));
		PdfPTable consultation = new PdfPTable(2);
		consultation.setWidthPercentage(100);
		pair(consultation, msg(locale, "incident.recommendedResponse"), incident.getRecommendedResponse(),
				msg(locale, "incident.approvedResponse"), incident.getApprovedResponse());
		pair(consultation, msg(locale, "incident.expectedReaction"), incident.getExpectedReaction(),
				msg(locale, "incident.actualReaction"), incident.getActualReaction());
		document.add(consultation);
		section(document, msg(locale, "incident.timeline") + " (" + entries.size() + ")");
		if (filter.isActive()) {
			document.add(new Paragraph(msg(locale, "incident.pdf.filter", filterLabel(locale, filter, groups)), SMALL));
		}
		PdfPTable table = new PdfPTable(new float[] { 2.2f, 2.2f, 2.4f, 6.2f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : List.of("incident.entry.occurredAt", "incident.entry.type", "incident.entry.group",
				"incident.entry.body")) {
			PdfPCell cell = new PdfPCell(new Phrase(msg(locale, header), HEADING));
			cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
			table.addCell(cell);
		}
		for (TimelineEntry entry : entries) {
			table.addCell(new Phrase(Times.format(entry.getOccurredAt(), zone) + "\n#" + entry.getId(), TEXT));
			table.addCell(new Phrase(msg(locale, "incident.entry.type." + entry.getType()), TEXT));
			table
				.addCell(
						new Phrase(
								group(locale, entry) + "\n"
										+ ((entry.getActedByName() != null)
												? msg(locale, "incident.entry.actedByRecordedBy",
														entry.getActedByName(), entry.getActorName())
												: entry.getActorName()),
								SMALL));
			table.addCell(new Phrase(describe(locale, entry, correctedBy.get(entry.getId())), TEXT));
		}
		document.add(table);
		if (review != null) {
			section(document, msg(locale, "incident.review"));
			document.add(new Paragraph(msg(locale, "review.whatHappened"), HEADING));
			document.add(new Paragraph(text(review.getWhatHappened()), TEXT));
			document.add(new Paragraph(msg(locale, "review.wentWell"), HEADING));
			document.add(new Paragraph(text(review.getWentWell()), TEXT));
			document.add(new Paragraph(msg(locale, "review.toChange"), HEADING));
			document.add(new Paragraph(text(review.getToChange()), TEXT));
			for (FollowUp followUp : review.getFollowUps()) {
				document.add(new Paragraph("• " + msg(locale, "review.followUp.type." + followUp.getType()) + ": "
						+ followUp.getDescription() + " (" + followUp.getOwner().getDisplayName() + ", "
						+ followUp.getDueOn() + ")", TEXT));
			}
			if (review.isSignedOff()) {
				document.add(new Paragraph(msg(locale, "review.signedOffBy", review.getSignedOffBy().getDisplayName(),
						Times.format(review.getSignedOffAt(), zone)), SMALL));
			}
		}
		document.close();
		return out.toByteArray();
	}

	private String describe(Locale locale, TimelineEntry entry, List<Long> correctors) {
		StringBuilder text = new StringBuilder();
		if (correctors != null) {
			for (Long corrector : correctors) {
				text.append(msg(locale, "incident.pdf.correctedBy", corrector)).append(' ');
			}
		}
		if (entry.getType() == TimelineEntryType.STATUS_CHANGE) {
			text.append(msg(locale, "incident.entry.statusChange",
					msg(locale, "incident.status." + entry.getChange().getFromStatus()),
					msg(locale, "incident.status." + entry.getChange().getToStatus())));
		}
		else if (entry.getType() == TimelineEntryType.SEVERITY_CHANGE) {
			text.append(msg(locale, "incident.entry.severityChange",
					msg(locale, "incident.severity." + entry.getChange().getFromSeverity()),
					msg(locale, "incident.severity." + entry.getChange().getToSeverity())));
		}
		if (entry.isPublicReply()) {
			text.append((text.length() > 0) ? "\n" : "").append(msg(locale, "incident.entry.publicReply"));
		}
		if (entry.getCorrects() != null) {
			text.append((text.length() > 0) ? "\n" : "")
				.append(msg(locale, "incident.entry.correctsNumber", entry.getCorrects().getId()))
				.append(' ');
		}
		if (!entry.getBody().isEmpty()) {
			text.append((text.length() > 0) ? "\n" : "").append(entry.getBody());
		}
		if (entry.getChannel() != null) {
			text.append("\n").append(msg(locale, "incident.entry.channel")).append(": ").append(entry.getChannel());
		}
		if (entry.getLink() != null) {
			text.append("\n").append(entry.getLink());
		}
		// The standard PDF fonts have no arrow.
		return text.toString().replace("→", "->");
	}

	private String filterLabel(Locale locale, TimelineFilter filter, List<TimelineGroup> groups) {
		List<String> parts = new java.util.ArrayList<>();
		groups.stream()
			.filter((g) -> g.key().equals(filter.group()))
			.findFirst()
			.ifPresent((g) -> parts.add((g.name() != null) ? g.name() : msg(locale, "incident.party." + g.party())));
		if (filter.external() != null) {
			parts.add(msg(locale, filter.external() ? "incident.entry.external" : "incident.entry.internal"));
		}
		if (filter.type() != null) {
			parts.add(msg(locale, "incident.entry.type." + filter.type()));
		}
		if (!filter.text().isEmpty()) {
			parts.add("\"" + filter.q().strip() + "\"");
		}
		return String.join(" · ", parts);
	}

	private String group(Locale locale, TimelineEntry entry) {
		String scope = msg(locale, entry.isExternal() ? "incident.entry.external" : "incident.entry.internal");
		if (entry.getDepartment() != null) {
			return entry.getDepartment().getName() + " · " + scope;
		}
		if (entry.getNamedParty() != null) {
			return entry.getNamedParty().getName() + " (" + msg(locale, "incident.party." + entry.getParty()) + ") · "
					+ scope;
		}
		if (entry.getParty() != null) {
			return msg(locale, "incident.party." + entry.getParty()) + " · " + scope;
		}
		return scope;
	}

	private String elapsed(Locale locale, Milestones.Elapsed elapsed) {
		return (elapsed != null) ? this.messages.getMessage(elapsed.key(), elapsed.args(), locale)
				: msg(locale, "incident.milestone.none");
	}

	private void section(Document document, String title) {
		Paragraph heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(6);
		heading.setAlignment(Element.ALIGN_LEFT);
		document.add(heading);
	}

	private static void pair(PdfPTable table, String leftLabel, String left, String rightLabel, String right) {
		table.addCell(labelled(leftLabel, left));
		table.addCell(labelled(rightLabel, right));
	}

	private static PdfPCell labelled(String label, String value) {
		Phrase phrase = new Phrase();
		phrase.add(new Phrase(label + "\n", HEADING));
		phrase.add(new Phrase(text(value), TEXT));
		PdfPCell cell = new PdfPCell(phrase);
		cell.setPadding(5);
		return cell;
	}

	private static String text(String value) {
		return (value != null) ? value : "—";
	}

	private String msg(Locale locale, String code, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
