package org.smrdesk.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smrdesk.core.RecordLinkSource;
import org.smrdesk.user.Department;

/**
 * Everything the incident page shows, read in one transaction by
 * {@link IncidentPages#show}: the incident (loaded once), its milestones and review, the
 * timeline as filtered and whole, what the user may add to it, and the evidence and
 * parties. The print view and the PDF use the same.
 *
 * @param incident the incident
 * @param milestones its milestones, from the whole timeline
 * @param nextStatuses the statuses it may move to
 * @param review its post-incident review, or null
 * @param recordLinks other features' records linked to it
 * @param filter the timeline filter
 * @param entries the timeline as filtered
 * @param allEntries the whole timeline
 * @param lines the timeline as filtered, with the texts every entry shows
 * @param allLines the whole timeline, with the texts every entry shows
 * @param groups the groups to filter or record by
 * @param allowedTypes the entry types this user may add
 * @param correctedBy for each corrected entry, the entries correcting it
 * @param allDepartments every department (to engage one in an entry)
 * @param namedParties the named outside parties
 * @param evidence the evidence, without the files
 * @param newEntry a blank entry form for this user
 */
public record IncidentPage(Incident incident, Milestones milestones, Set<IncidentStatus> nextStatuses,
		IncidentReview review, List<RecordLinkSource.Section> recordLinks, TimelineFilter filter,
		List<TimelineEntry> entries, List<TimelineEntry> allEntries, List<TimelineLine> lines,
		List<TimelineLine> allLines, List<TimelineGroup> groups, Set<TimelineEntryType> allowedTypes,
		Map<Long, List<Long>> correctedBy, List<Department> allDepartments, List<NamedParty> namedParties,
		List<ListedEvidence> evidence, TimelineEntryForm newEntry) {

	/**
	 * The page's model attributes under the names the templates use. The forms
	 * ({@code entry}, {@code statusForm}) are blank ones: merge them so that a form shown
	 * again with errors keeps what the user typed.
	 * @return the attributes
	 */
	public Map<String, Object> attributes() {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("incident", this.incident);
		model.put("milestones", this.milestones);
		model.put("nextStatuses", this.nextStatuses);
		model.put("review", this.review);
		model.put("recordLinks", this.recordLinks);
		model.put("filter", this.filter);
		model.put("entries", this.entries);
		model.put("allEntries", this.allEntries);
		model.put("lines", this.lines);
		model.put("allLines", this.allLines);
		model.put("groups", this.groups);
		model.put("types", TimelineEntryType.values());
		model.put("allowedTypes", this.allowedTypes);
		model.put("canCorrect", this.allowedTypes.contains(TimelineEntryType.CORRECTION));
		model.put("canReplyInPublic", this.allowedTypes.contains(TimelineEntryType.ENGAGEMENT));
		model.put("correctedBy", this.correctedBy);
		model.put("allDepartments", this.allDepartments);
		model.put("parties", OutsideParty.values());
		model.put("namedParties", this.namedParties);
		model.put("evidence", this.evidence);
		return model;
	}

	/**
	 * The blank forms of the page: the entry to add and the status change (carrying the
	 * incident's version).
	 * @return the forms by model name
	 */
	public Map<String, Object> blankForms() {
		StatusForm statusForm = new StatusForm();
		statusForm.setVersion(this.incident.getVersion());
		return Map.of("entry", this.newEntry, "statusForm", statusForm);
	}

}
