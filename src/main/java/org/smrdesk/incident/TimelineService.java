package org.smrdesk.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Text;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's timeline: reading it (filtered), adding entries by hand, and its
 * milestones. Entries are never changed: a correction is a new entry. The lead adds every
 * manual type, a manager adds notes, a staff member adds engagement entries for their own
 * department when it is engaged.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private final IncidentService incidents;

	private final TimelineEntryRepository entries;

	private final UserService users;

	private final DepartmentService departments;

	private final AttachmentRepository attachments;

	private final NamedPartyService parties;

	private final Clock clock;

	TimelineService(IncidentService incidents, TimelineEntryRepository entries, AttachmentRepository attachments,
			NamedPartyService parties, UserService users, DepartmentService departments, Clock clock) {
		this.incidents = incidents;
		this.entries = entries;
		this.attachments = attachments;
		this.parties = parties;
		this.users = users;
		this.departments = departments;
		this.clock = clock;
	}

	/**
	 * The timeline of an incident the user may read, oldest first; entries at the same
	 * moment in the order they were recorded.
	 * @param incident the incident (read with {@link IncidentService#get})
	 * @param filter the filters
	 * @return the entries
	 */
	public List<TimelineEntry> timeline(Incident incident, TimelineFilter filter) {
		if (!filter.isActive()) {
			return this.entries.findWholeTimeline(incident.getId());
		}
		return this.entries.findTimeline(incident.getId(), filter.type(), filter.external(), filter.departmentId(),
				filter.party(), filter.namedPartyId(), filter.text());
	}

	/**
	 * The evidence of an incident the user may read (see {@link AttachmentService}),
	 * oldest first, without the files themselves.
	 * @param incident the incident (read with {@link IncidentService#get})
	 * @return the evidence
	 */
	public List<ListedEvidence> evidence(Incident incident) {
		return this.attachments.findListed(incident.getId());
	}

	/**
	 * The named outside parties of an incident (see {@link NamedPartyService}).
	 * @param incident the incident (read with {@link IncidentService#get})
	 * @return the parties, by kind and name
	 */
	public List<NamedParty> namedParties(Incident incident) {
		return this.parties.parties(incident);
	}

	/**
	 * The milestones of an incident, read from the entries that make them (one statement
	 * of plain values, not the timeline).
	 * @param incident the incident
	 * @return the milestones
	 */
	public Milestones milestones(Incident incident) {
		return Milestones.of(incident.getDetectedAt(), incident.getStatus(),
				this.entries.findMomentsOf(incident.getId())
					.stream()
					.map(TimelineEntryRepository.EntryMoment::toMoment)
					.toList());
	}

	/**
	 * The milestones of an incident from its timeline already read.
	 * @param incident the incident
	 * @param timeline its whole timeline
	 * @return the milestones
	 */
	public Milestones milestones(Incident incident, List<TimelineEntry> timeline) {
		return Milestones.of(incident.getDetectedAt(), incident.getStatus(),
				timeline.stream().map(Milestones.Moment::of).toList());
	}

	/**
	 * The types this user may add to this incident.
	 * @param incident the incident
	 * @param user who asks
	 * @return the types, maybe none
	 */
	public Set<TimelineEntryType> allowedTypes(Incident incident, CurrentUser user) {
		if (user.isLead()) {
			return TimelineEntryType.manual();
		}
		if (user.isManager()) {
			return EnumSet.of(TimelineEntryType.NOTE);
		}
		return incident.engages(user.departmentId()) ? EnumSet.of(TimelineEntryType.ENGAGEMENT)
				: EnumSet.noneOf(TimelineEntryType.class);
	}

	/**
	 * Whether the user may add anything to the incident's timeline.
	 * @param incident the incident
	 * @param user who asks
	 * @return true when some type is allowed
	 */
	public boolean canAdd(Incident incident, CurrentUser user) {
		return !allowedTypes(incident, user).isEmpty();
	}

	/**
	 * Adds an entry typed by a person.
	 * @param incidentId the incident
	 * @param form the entry
	 * @param user who records it
	 * @return the entry
	 * @throws AccessDeniedException when the user may add nothing here
	 * @throws FieldException when the type, group or corrected entry is not allowed
	 */
	@Transactional
	public TimelineEntry add(Long incidentId, TimelineEntryForm form, CurrentUser user) {
		Instant occurredAt = (form.getOccurredAt() != null)
				? this.incidents.toInstant(form.getOccurredAt(), IncidentWorkflow.OCCURRED_AT) : null;
		return add(incidentId, form, occurredAt, user);
	}

	/**
	 * Adds an entry typed by a person or sent by another tool, at a given moment.
	 * @param incidentId the incident
	 * @param form the entry (its local occurred-at is ignored)
	 * @param occurredAt when it happened, or null for now
	 * @param user who records it
	 * @return the entry
	 */
	@Transactional
	public TimelineEntry add(Long incidentId, TimelineEntryForm form, Instant occurredAt, CurrentUser user) {
		Incident incident = this.incidents.get(incidentId, user);
		Set<TimelineEntryType> allowed = allowedTypes(incident, user);
		if (allowed.isEmpty()) {
			throw new AccessDeniedException("May not add to this timeline");
		}
		if (!allowed.contains(form.getType())) {
			throw new FieldException("type", "incident.entry.type.refused");
		}
		TimelineFilter group = new TimelineFilter(form.getGroup(), null, null);
		Department department = null;
		OutsideParty party = group.party();
		NamedParty named = null;
		if (user.isStaff()) {
			department = this.departments.get(user.departmentId());
			party = null;
		}
		else if (group.namedPartyId() != null) {
			named = this.parties.get(incidentId, form.getGroup(), "group");
		}
		else if (group.departmentId() != null) {
			department = this.departments.all()
				.stream()
				.filter((d) -> d.getId().equals(group.departmentId()))
				.findFirst()
				.orElseThrow(() -> new FieldException("group", "incident.entry.group.unknown"));
		}
		if (form.getType() == TimelineEntryType.ENGAGEMENT && department == null && party == null && named == null) {
			throw new FieldException("group", "incident.entry.group.required");
		}
		TimelineEntry corrected = null;
		if (form.getType() == TimelineEntryType.CORRECTION) {
			corrected = (form.getCorrectsEntryId() != null) ? this.entries.findById(form.getCorrectsEntryId())
				.filter((e) -> e.getIncident().getId().equals(incidentId))
				.orElse(null) : null;
			if (corrected == null) {
				throw new FieldException("correctsEntryId", "incident.entry.corrects.required");
			}
		}
		NamedParty actedByParty = (Text.blankToNull(form.getActedByParty()) != null)
				? this.parties.get(incidentId, form.getActedByParty(), "actedByParty") : null;
		User actedByUser = null;
		if (form.getActedByUser() != null) {
			if (actedByParty != null) {
				throw new FieldException("actedByUser", "incident.entry.actedBy.one");
			}
			try {
				actedByUser = this.users.get(form.getActedByUser());
			}
			catch (org.smrdesk.core.NotFoundException ex) {
				throw new FieldException("actedByUser", "incident.entry.actedBy.choose");
			}
		}
		else if (Text.blankToNull(form.getActedByUserName()) != null) {
			throw new FieldException("actedByUser", "incident.entry.actedBy.choose");
		}
		User actor = this.users.getReference(user.id());
		Instant now = this.clock.instant();
		if (occurredAt == null || occurredAt.equals(now.truncatedTo(ChronoUnit.MINUTES))) {
			// The form offers "now" to the minute: keep the exact moment, so the entry
			// sorts after the changes made earlier in the same minute.
			occurredAt = now;
		}
		else if (occurredAt.isAfter(now)) {
			throw new FieldException(IncidentWorkflow.OCCURRED_AT, "time.future");
		}
		TimelineEntry entry = TimelineEntry
			.manual(incident, form.getType(), occurredAt, now, actor, form.getBody().strip())
			.by(department, party, form.isExternal() || isPublic(form.getType()))
			.with(Text.blankToNull(form.getChannel()), Text.blankToNull(form.getLink()))
			.inPublic(form.isPublicReply())
			.correcting(corrected)
			.actedBy(actedByParty, actedByUser);
		if (named != null) {
			entry.by(named);
		}
		return this.entries.save(entry);
	}

	/**
	 * Which entries are corrected, and by which later entries: the page, the print view
	 * and the PDF mark a corrected entry "corrected by #N".
	 * @param timeline an incident's whole timeline
	 * @return corrected entry id to the ids of the entries correcting it, in order
	 */
	public Map<Long, List<Long>> correctedBy(List<TimelineEntry> timeline) {
		Map<Long, List<Long>> result = new HashMap<>();
		timeline.stream()
			.filter((e) -> e.getCorrects() != null)
			.sorted(Comparator.comparing(TimelineEntry::getId))
			.forEach((e) -> result.computeIfAbsent(e.getCorrects().getId(), (key) -> new ArrayList<>()).add(e.getId()));
		return result;
	}

	/**
	 * Records that a mention (found by monitoring) belongs to an incident: an entry of
	 * type {@link TimelineEntryType#LINKED_MENTION}, external, dated when the mention was
	 * published.
	 * @param incidentId the incident
	 * @param summary what the mention says (title or excerpt, with its author)
	 * @param link the mention's address, or null
	 * @param channel where it appeared (the site or source), or null
	 * @param occurredAt when it was published
	 * @param user who links it (the lead, or staff who may read the incident)
	 * @return the entry
	 * @throws AccessDeniedException when the user may not read the incident, or is a
	 * manager (who reads only)
	 */
	@Transactional
	public TimelineEntry linkMention(Long incidentId, String summary, String link, String channel, Instant occurredAt,
			CurrentUser user) {
		Incident incident = this.incidents.get(incidentId, user);
		if (user.isManager()) {
			throw new AccessDeniedException("Managers read incidents only");
		}
		Instant now = this.clock.instant();
		TimelineEntry entry = TimelineEntry
			.manual(incident, TimelineEntryType.LINKED_MENTION, occurredAt.isAfter(now) ? now : occurredAt, now,
					this.users.getReference(user.id()), summary)
			.by(null, null, true)
			.with(Text.blankToNull(channel), Text.blankToNull(link));
		return this.entries.save(entry);
	}

	private static boolean isPublic(TimelineEntryType type) {
		return type == TimelineEntryType.RESPONSE_PUBLISHED || type == TimelineEntryType.EXTERNAL_DEVELOPMENT;
	}

}
