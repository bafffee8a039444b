package org.smrdesk.incident;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RecordLinkSource;
import org.smrdesk.core.Times;
import org.smrdesk.user.DepartmentService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of the incident page: one call, one transaction, the incident loaded
 * once, everything the page (and its print view and PDF) shows.
 */
@Service
@Transactional(readOnly = true)
public class IncidentPages {

	private final IncidentService incidents;

	private final TimelineService timeline;

	private final IncidentReviewService reviews;

	private final DepartmentService departments;

	private final ObjectProvider<RecordLinkSource> linkSources;

	private final Times times;

	private final MessageSource messages;

	IncidentPages(IncidentService incidents, TimelineService timeline, IncidentReviewService reviews,
			DepartmentService departments, ObjectProvider<RecordLinkSource> linkSources, Times times,
			MessageSource messages) {
		this.incidents = incidents;
		this.timeline = timeline;
		this.reviews = reviews;
		this.departments = departments;
		this.linkSources = linkSources;
		this.times = times;
		this.messages = messages;
	}

	/**
	 * The incident page as this user sees it.
	 * @param id the incident
	 * @param filter the timeline filter
	 * @param user who asks
	 * @return the page
	 * @throws org.smrdesk.core.NotFoundException when there is no such incident
	 * @throws org.springframework.security.access.AccessDeniedException when a staff
	 * member may not read it
	 */
	public IncidentPage show(Long id, TimelineFilter filter, CurrentUser user) {
		Incident incident = this.incidents.get(id, user);
		List<TimelineEntry> all = this.timeline.timeline(incident, TimelineFilter.NONE);
		List<TimelineEntry> entries = filter.isActive() ? this.timeline.timeline(incident, filter) : all;
		List<NamedParty> namedParties = this.timeline.namedParties(incident);
		Set<TimelineEntryType> allowed = this.timeline.allowedTypes(incident, user);
		Map<Long, List<Long>> correctedBy = this.timeline.correctedBy(all);
		List<ListedEvidence> evidence = this.timeline.evidence(incident);
		TimelineLine.Builder lines = new TimelineLine.Builder(this.times.zone(), this.messages,
				LocaleContextHolder.getLocale(), correctedBy,
				evidence.stream()
					.filter((a) -> a.getEntryId() != null)
					.collect(Collectors.groupingBy(ListedEvidence::getEntryId)));
		List<TimelineLine> allLines = lines.lines(all);
		return new IncidentPage(incident, this.timeline.milestones(incident, all),
				this.incidents.nextStatuses(incident), this.reviews.find(id).orElse(null),
				RecordLinkSource.sections(this.linkSources.orderedStream().toList(), RecordLinkSource.INCIDENT, id,
						user),
				filter, entries, all, filter.isActive() ? lines.lines(entries) : allLines, allLines,
				TimelineGroup.of(incident, all, namedParties), allowed, correctedBy, this.departments.all(),
				namedParties, evidence, newEntry(allowed, user));
	}

	private TimelineEntryForm newEntry(Set<TimelineEntryType> allowed, CurrentUser user) {
		TimelineEntryType first = allowed.stream().findFirst().orElse(TimelineEntryType.NOTE);
		TimelineEntryForm form = new TimelineEntryForm(first, this.incidents.nowForForm());
		if (user.isStaff()) {
			form.setGroup("d" + user.departmentId());
		}
		return form;
	}

}
