package org.smrdesk.monitoring;

import java.time.Instant;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Times;
import org.smrdesk.event.MentionEscalated;
import org.smrdesk.incident.Incident;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.incident.IncidentSearch;
import org.smrdesk.incident.IncidentService;
import org.smrdesk.incident.TimelineService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a mention to an incident: a new incident pre-filled from the mention, or an open
 * one; either way the mention becomes a linked-mention timeline entry and is marked
 * escalated.
 */
@Service
@Transactional(readOnly = true)
public class MentionEscalation {

	private final MentionService mentions;

	private final IncidentService incidents;

	private final IncidentSearch incidentSearch;

	private final TimelineService timeline;

	private final NamedParameterJdbcTemplate jdbc;

	private final Times times;

	private final ApplicationEventPublisher events;

	MentionEscalation(MentionService mentions, IncidentService incidents, IncidentSearch incidentSearch,
			TimelineService timeline, NamedParameterJdbcTemplate jdbc, Times times, ApplicationEventPublisher events) {
		this.events = events;
		this.mentions = mentions;
		this.incidents = incidents;
		this.incidentSearch = incidentSearch;
		this.timeline = timeline;
		this.jdbc = jdbc;
		this.times = times;
	}

	/**
	 * Opens an incident from a mention: the mention becomes its first linked-mention
	 * timeline entry and is marked escalated.
	 * @param id the mention
	 * @param form the incident as the user completed it
	 * @param user who
	 * @return the incident
	 */
	@Transactional
	public Incident escalate(Long id, IncidentForm form, CurrentUser user) {
		MentionRow mention = this.mentions.get(id, user);
		MentionService.requireTriage(user);
		Incident incident = this.incidents.report(form, user);
		link(mention, incident.getId(), user);
		this.events.publishEvent(new MentionEscalated(id, incident.getId(), incident.getTitle(), mention.url()));
		return incident;
	}

	/**
	 * Adds a mention to an open incident.
	 * @param id the mention
	 * @param incidentId the incident
	 * @param user who
	 */
	@Transactional
	public void addToIncident(Long id, Long incidentId, CurrentUser user) {
		MentionRow mention = this.mentions.get(id, user);
		MentionService.requireTriage(user);
		Incident incident = this.incidents.get(incidentId, user);
		if (!incident.getStatus().isOpen()) {
			throw new RuleException("monitoring.mention.incidentClosed");
		}
		if (incidentId.equals(mention.incidentId())) {
			return;
		}
		link(mention, incidentId, user);
	}

	void link(MentionRow mention, Long incidentId, CurrentUser user) {
		String who = (mention.author() != null) ? mention.author() + ": " : "";
		this.timeline.linkMention(incidentId, who + mention.displayTitle(), mention.url(),
				(mention.site() != null) ? mention.site() : mention.sourceName(), mention.when(), user);
		this.jdbc.update("""
				update mentions set state = 'ESCALATED', incident_id = :incident, version = version + 1
				where id = :id""", new MapSqlParameterSource("id", mention.id()).addValue("incident", incidentId));
		this.mentions.audited(List.of(mention.id()), user);
	}

	/**
	 * The pre-filled incident for a mention.
	 * @param mention the mention
	 * @return the form
	 */
	public IncidentForm incidentFormFor(MentionRow mention) {
		IncidentForm form = new IncidentForm();
		String title = mention.displayTitle();
		form.setTitle((title.length() > 200) ? title.substring(0, 200) : title);
		String who = (mention.author() != null) ? mention.author() + ": " : "";
		String summary = who + mention.excerpt(4000);
		form.setSummary(summary.isBlank() ? title : summary);
		form.setLink((mention.url() != null && mention.url().length() <= 1000) ? mention.url() : null);
		form.setServiceName((mention.site() != null) ? mention.site() : mention.sourceName());
		Instant when = mention.when();
		Instant now = this.times.instant();
		// in the signed-in user's zone, the one the incident form reads it back in
		form.setDetectedAt(this.times.toLocal(when.isAfter(now) ? now : when).withSecond(0).withNano(0));
		return form;
	}

	/**
	 * The open incidents the user may add a mention to.
	 * @param user who
	 * @return the incidents
	 */
	public List<Incident> openIncidents(CurrentUser user) {
		return this.incidentSearch.open(user, 50).stream().map(IncidentSearch.Listed::incident).toList();
	}

}
