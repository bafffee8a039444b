package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Role;
import org.smrdesk.core.RuleException;
import org.smrdesk.incident.Incident;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.incident.IncidentService;
import org.smrdesk.incident.Severity;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spike alerts: the latest ones, snoozing (a planned campaign), and turning one into an
 * incident.
 */
@Service
@Transactional(readOnly = true)
public class AlertService {

	private static final Logger log = LoggerFactory.getLogger(AlertService.class);

	private static final String SELECT = """
			select a.id, a.query_id, q.name, a.day, a.observed, a.baseline, a.p_value, a.raised_at, a.state,
			       a.snooze_reason, a.snoozed_until, a.incident_id
			from monitoring_alerts a join monitoring_queries q on q.id = a.query_id
			""";

	private final JdbcTemplate jdbc;

	private final IncidentService incidents;

	private final MentionService mentions;

	private final MentionEscalation escalation;

	private final UserService users;

	private final Clock clock;

	AlertService(JdbcTemplate jdbc, IncidentService incidents, MentionService mentions, MentionEscalation escalation,
			UserService users, Clock clock) {
		this.jdbc = jdbc;
		this.incidents = incidents;
		this.mentions = mentions;
		this.escalation = escalation;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The latest alerts, open ones first.
	 * @param limit how many
	 * @return the alerts
	 */
	public List<Alert> latest(int limit) {
		return this.jdbc.query(SELECT + " order by (a.state = 'OPEN') desc, a.raised_at desc limit ?", this::alert,
				limit);
	}

	/**
	 * The open alerts.
	 * @param limit how many
	 * @return the alerts, newest first
	 */
	public List<Alert> open(int limit) {
		return this.jdbc.query(SELECT + " where a.state = 'OPEN' order by a.raised_at desc limit ?", this::alert,
				limit);
	}

	public Alert get(Long id) {
		List<Alert> found = this.jdbc.query(SELECT + " where a.id = ?", this::alert, id);
		if (found.isEmpty()) {
			throw new NotFoundException("Alert", id);
		}
		return found.get(0);
	}

	/**
	 * Snoozes an alert: no new alert for its query until then.
	 * @param id the alert
	 * @param days for how many days
	 * @param reason why (a planned campaign)
	 */
	@Transactional
	public void snooze(Long id, int days, String reason) {
		Alert alert = get(id);
		if (!alert.isOpen()) {
			throw new RuleException("monitoring.alert.notOpen");
		}
		Instant until = this.clock.instant().plus(Duration.ofDays(Math.max(1, Math.min(days, 90))));
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		this.jdbc.update("""
				update monitoring_alerts set state = 'SNOOZED', snooze_reason = ?, snoozed_until = ?,
				       version = version + 1 where id = ?""",
				(why != null && why.length() > 500) ? why.substring(0, 500) : why, Timestamp.from(until), id);
	}

	/**
	 * Opens an incident from an alert, its numbers in the summary.
	 * @param id the alert
	 * @param user who
	 * @return the incident
	 */
	@Transactional
	public Incident toIncident(Long id, CurrentUser user) {
		Alert alert = get(id);
		if (!alert.isOpen()) {
			throw new RuleException("monitoring.alert.notOpen");
		}
		Incident incident = this.incidents.report(form(alert, "Mention spike: " + alert.queryName(), explain(alert)),
				user);
		markEscalated(alert, incident);
		return incident;
	}

	/**
	 * Opens an incident by itself for a fresh alert of a crisis-terms query set to do so:
	 * reported in the name of the lead who last changed the query (else the first active
	 * lead), detected when the alert was raised, the query's top mention of the day
	 * linked on its timeline. Does nothing when the alert is no longer open or already
	 * has an incident, so it happens once.
	 * @param id the alert
	 * @return the incident, or null when none was opened
	 */
	@Transactional
	public Incident openAutomatically(Long id) {
		Alert alert = get(id);
		if (!alert.isOpen() || alert.incidentId() != null) {
			return null;
		}
		CurrentUser reporter = reporterFor(alert.queryId());
		if (reporter == null) {
			log.warn("Spike alert {} for crisis query {} opened no incident: there is no active lead", id,
					alert.queryName());
			return null;
		}
		String title = "Crisis terms spike: " + alert.queryName() + " (" + alert.observed() + " mentions against "
				+ alert.baselineText() + " a day usually)";
		Incident incident = this.incidents.report(
				form(alert, title,
						explain(alert)
								+ " Opened automatically: the query is set to open an incident by itself on a spike."),
				reporter);
		Long top = topMention(alert);
		if (top != null) {
			this.escalation.link(this.mentions.get(top, reporter), incident.getId(), reporter);
		}
		markEscalated(alert, incident);
		return incident;
	}

	private IncidentForm form(Alert alert, String title, String summary) {
		IncidentForm form = new IncidentForm();
		form.setTitle((title.length() > 200) ? title.substring(0, 200) : title);
		form.setSummary(summary);
		// in the zone the incident service reads it back in
		form.setDetectedAt(LocalDateTime.ofInstant(alert.raisedAt(), this.incidents.zone()).withSecond(0).withNano(0));
		form.setKind(IncidentKind.OTHER);
		form.setSeverity(Severity.MODERATE);
		return form;
	}

	private void markEscalated(Alert alert, Incident incident) {
		this.jdbc.update(
				"update monitoring_alerts set state = 'ESCALATED', incident_id = ?, version = version + 1 where id = ?",
				incident.getId(), alert.id());
	}

	/**
	 * The query's mention of the last day seen by the most sources, the earliest first.
	 */
	private Long topMention(Alert alert) {
		List<Long> ids = this.jdbc.queryForList("""
				select m.id from mentions m join mention_matches mm on mm.mention_id = m.id and mm.query_id = ?
				where m.fetched_at > ? and m.fetched_at <= ?
				order by (select count(*) from mention_sightings s where s.mention_id = m.id) desc,
				         coalesce(m.published_at, m.fetched_at), m.id
				limit 1""", Long.class, alert.queryId(), Timestamp.from(alert.raisedAt().minus(Duration.ofDays(1))),
				Timestamp.from(alert.raisedAt()));
		return ids.isEmpty() ? null : ids.get(0);
	}

	private CurrentUser reporterFor(Long queryId) {
		List<String> editors = this.jdbc.queryForList(
				"select updated_by from monitoring_queries where id = ? union all select created_by from monitoring_queries where id = ?",
				String.class, queryId, queryId);
		for (String email : editors) {
			User user = (email != null && email.contains("@")) ? this.users.findByEmail(email).orElse(null) : null;
			if (user != null && user.isActive() && user.getRole() == Role.LEAD) {
				return asCurrentUser(user);
			}
		}
		return this.users.firstActiveLead().orElse(null);
	}

	private static CurrentUser asCurrentUser(User user) {
		return new CurrentUser(user.getId(), user.getEmail(), user.getDisplayName(), user.getDepartment().getId(),
				user.getDepartment().getName(), user.getRole(), null, true);
	}

	static String explain(Alert alert) {
		return alert.observed() + " mentions on " + alert.day() + " for \"" + alert.queryName() + "\" against "
				+ alert.baselineText() + " a day usually on that weekday (Poisson p = " + alert.pText() + ").";
	}

	private Alert alert(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Timestamp until = rs.getTimestamp(11);
		return new Alert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getInt(5),
				rs.getDouble(6), rs.getDouble(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10),
				(until != null) ? until.toInstant() : null, (Long) rs.getObject(12));
	}

}
