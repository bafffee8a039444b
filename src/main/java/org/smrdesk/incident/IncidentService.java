package org.smrdesk.incident;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Text;
import org.smrdesk.core.Times;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.responsibility.ResponsibilityService;
import org.smrdesk.user.UserService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents: report, read (staff see only theirs), correct, triage and move through the
 * workflow. Status and severity changes go through {@link IncidentWorkflow}; the timeline
 * itself lives in {@link TimelineService}.
 */
@Service
@Transactional(readOnly = true)
public class IncidentService {

	private final IncidentRepository incidents;

	private final IncidentWorkflow workflow;

	private final UserService users;

	private final DepartmentService departments;

	private final ChannelService channels;

	private final ResponsibilityService responsibilities;

	private final Times times;

	private final ApplicationEventPublisher events;

	IncidentService(IncidentRepository incidents, IncidentWorkflow workflow, UserService users,
			DepartmentService departments, ChannelService channels, ResponsibilityService responsibilities, Times times,
			ApplicationEventPublisher events) {
		this.events = events;
		this.incidents = incidents;
		this.workflow = workflow;
		this.users = users;
		this.departments = departments;
		this.channels = channels;
		this.responsibilities = responsibilities;
		this.times = times;
	}

	/**
	 * The zone in which forms show and take dates and times.
	 * @return the zone
	 */
	public ZoneId zone() {
		return this.times.zone();
	}

	/**
	 * Now, as forms offer it: in the user's zone, to the minute.
	 * @return the local date and time
	 */
	public LocalDateTime nowForForm() {
		return this.times.nowForForm();
	}

	/**
	 * Today in the user's zone.
	 * @return the date
	 */
	public java.time.LocalDate today() {
		return this.times.today();
	}

	/**
	 * Reads a date and time typed in the user's zone.
	 * @param local what was typed, or null
	 * @param field the form field, for a "does not exist (DST gap)" error
	 * @return the instant, or null
	 */
	Instant toInstant(LocalDateTime local, String field) {
		if (local == null) {
			return null;
		}
		Instant instant = this.times.toInstant(local, field);
		if (instant.isAfter(this.times.instant())) {
			throw new FieldException(field, "time.future");
		}
		return instant;
	}

	/**
	 * An incident with its owner, reporter and groups.
	 * @param id the incident's id
	 * @param user who asks
	 * @return the incident
	 * @throws AccessDeniedException when a staff member may not read it
	 */
	public Incident get(Long id, CurrentUser user) {
		Incident incident = this.incidents.findWithDetailsById(id)
			.orElseThrow(() -> new NotFoundException("Incident", id));
		if (!canRead(incident, user)) {
			throw new AccessDeniedException("Not an incident of this user");
		}
		return incident;
	}

	static boolean canRead(Incident incident, CurrentUser user) {
		if (!user.isStaff()) {
			return true;
		}
		return user.id().equals(incident.getReportedBy().getId())
				|| (incident.getOwner() != null && user.id().equals(incident.getOwner().getId()))
				|| incident.engages(user.departmentId());
	}

	@Transactional
	public Incident report(IncidentForm form, CurrentUser user) {
		Incident incident = new Incident(form.getTitle().strip(), form.getSummary().strip(),
				toInstant(form.getDetectedAt(), "detectedAt"), this.users.getReference(user.id()), form.getKind(),
				form.getSeverity());
		applyWhere(incident, form);
		Incident saved = this.incidents.save(incident);
		this.events.publishEvent(IncidentEvents.reported(saved));
		return saved;
	}

	@Transactional
	public Incident update(Long id, IncidentForm form, CurrentUser user) {
		requireLead(user);
		Incident incident = get(id, user);
		incident.checkVersion(form.getVersion());
		incident.setTitle(form.getTitle().strip());
		incident.setSummary(form.getSummary().strip());
		incident.setDetectedAt(toInstant(form.getDetectedAt(), "detectedAt"));
		incident.setKind(form.getKind());
		applyWhere(incident, form);
		return this.incidents.saveAndFlush(incident);
	}

	private void applyWhere(Incident incident, IncidentForm form) {
		if (form.getServiceId() != null) {
			incident.setService(FieldException.whenMissing("serviceId", "incident.service.unknown",
					() -> this.channels.getService(form.getServiceId())));
		}
		else {
			incident.setService(null);
		}
		incident.setServiceName(Text.blankToNull(form.getServiceName()));
		incident.setLink(Text.blankToNull(form.getLink()));
	}

	/**
	 * Saves triage and consultation; a reported incident moves to triage, and a new
	 * severity is written to the timeline, in the same transaction.
	 * @param id the incident's id
	 * @param form what the lead set
	 * @param user the lead
	 * @return the incident
	 */
	@Transactional
	public Incident triage(Long id, TriageForm form, CurrentUser user) {
		requireLead(user);
		Incident incident = get(id, user);
		incident.checkVersion(form.getVersion());
		User actor = this.users.getReference(user.id());
		Instant occurredAt = toInstant(form.getOccurredAt(), IncidentWorkflow.OCCURRED_AT);
		if (incident.getStatus() == IncidentStatus.REPORTED) {
			this.workflow.moveTo(incident, IncidentStatus.TRIAGE, actor, null, occurredAt);
		}
		this.workflow.changeSeverity(incident, form.getSeverity(), actor, occurredAt);
		publish(IncidentEvents.assigned(incident, form.getOwnerId(), user.id()));
		incident.setOwner((form.getOwnerId() != null) ? user(form.getOwnerId(), "ownerId") : null);
		Set<Long> wanted = new HashSet<>(form.getDepartmentIds());
		List<Department> engaged = this.departments.all().stream().filter((d) -> wanted.contains(d.getId())).toList();
		if (engaged.size() != wanted.size()) {
			throw new FieldException("departmentIds", "incident.departments.unknown");
		}
		incident.getDepartments().clear();
		incident.getDepartments().addAll(engaged);
		incident.getParties().clear();
		incident.getParties().addAll(form.getParties());
		incident.setRecommendedResponse(Text.blankToNull(form.getRecommendedResponse()));
		incident.setExpectedReaction(Text.blankToNull(form.getExpectedReaction()));
		incident.setApprovedResponse(Text.blankToNull(form.getApprovedResponse()));
		incident.setApprovedBy((form.getApprovedById() != null) ? user(form.getApprovedById(), "approvedById") : null);
		incident.setApprovedAt(toInstant(form.getApprovedAt(), "approvedAt"));
		incident.setActualReaction(Text.blankToNull(form.getActualReaction()));
		return this.incidents.saveAndFlush(incident);
	}

	/**
	 * The departments the responsibility matrix engages for the incident's kind (R or A
	 * on a responsibility linked to that kind).
	 * @param incident the incident
	 * @return the suggested departments, by name
	 */
	public List<Department> suggestedDepartments(Incident incident) {
		return this.responsibilities.departmentsForIncidentKind(incident.getKind());
	}

	/**
	 * The catalogue's services, for "where it started".
	 * @return the services
	 */
	public List<Channel> services() {
		return this.channels.allServices();
	}

	/**
	 * Moves an incident to another status, with its timeline entry.
	 * @param id the incident's id
	 * @param target the new status
	 * @param version the version the lead saw
	 * @param note why, or null
	 * @param occurredAt when it happened (in the user's zone), or null for now
	 * @param user the lead
	 * @return the incident
	 * @throws org.smrdesk.core.ConcurrentEditException when someone changed it since
	 * @throws org.smrdesk.core.RuleException when the move is not allowed
	 * @throws FieldException when the time is in the future, before detection or before
	 * the previous status change, or does not exist (DST gap)
	 */
	@Transactional
	public Incident changeStatus(Long id, IncidentStatus target, Long version, String note, LocalDateTime occurredAt,
			CurrentUser user) {
		if (version == null) {
			throw new org.smrdesk.core.ConcurrentEditException("Incident", id);
		}
		return changeStatusAt(id, target, version, note, toInstant(occurredAt, IncidentWorkflow.OCCURRED_AT), user);
	}

	/**
	 * Moves an incident to another status at a given moment (the JSON API).
	 * @param id the incident's id
	 * @param target the new status
	 * @param version the version seen, or null not to check
	 * @param note why, or null
	 * @param occurredAt when it happened, or null for now
	 * @param user the lead
	 * @return the incident
	 */
	@Transactional
	public Incident changeStatusAt(Long id, IncidentStatus target, Long version, String note, Instant occurredAt,
			CurrentUser user) {
		requireLead(user);
		Incident incident = get(id, user);
		if (version != null) {
			incident.checkVersion(version);
		}
		this.workflow.moveTo(incident, target, this.users.getReference(user.id()), Text.blankToNull(note), occurredAt);
		return this.incidents.saveAndFlush(incident);
	}

	/**
	 * The statuses a lead may move this incident to.
	 * @param incident the incident
	 * @return the next statuses
	 */
	public Set<IncidentStatus> nextStatuses(Incident incident) {
		return incident.getStatus().next();
	}

	private User user(Long id, String field) {
		return FieldException.whenMissing(field, "incident.user.unknown", () -> this.users.getReference(id));
	}

	private void publish(Object event) {
		if (event != null) {
			this.events.publishEvent(event);
		}
	}

	static void requireLead(CurrentUser user) {
		if (!user.isLead()) {
			throw new AccessDeniedException("Only the lead");
		}
	}

}
