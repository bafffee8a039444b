package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;
import org.smrdesk.incident.Incident;
import org.smrdesk.incident.IncidentForm;
import org.smrdesk.incident.IncidentKind;
import org.smrdesk.incident.IncidentService;
import org.smrdesk.incident.Severity;

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

	private static final String SELECT = """
			select a.id, a.query_id, q.name, a.day, a.observed, a.baseline, a.p_value, a.raised_at, a.state,
			       a.snooze_reason, a.snoozed_until, a.incident_id
			from monitoring_alerts a join monitoring_queries q on q.id = a.query_id
			""";

	private final JdbcTemplate jdbc;

	private final IncidentService incidents;

	private final Clock clock;

	AlertService(JdbcTemplate jdbc, IncidentService incidents, Clock clock) {
		this.jdbc = jdbc;
		this.incidents = incidents;
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
		IncidentForm form = new IncidentForm();
		String title = "Mention spike: " + alert.queryName();
		form.setTitle((title.length() > 200) ? title.substring(0, 200) : title);
		form.setSummary(explain(alert));
		form.setDetectedAt(LocalDateTime.ofInstant(alert.raisedAt(), this.clock.getZone()).withSecond(0).withNano(0));
		form.setKind(IncidentKind.OTHER);
		form.setSeverity(Severity.MODERATE);
		Incident incident = this.incidents.report(form, user);
		this.jdbc.update(
				"update monitoring_alerts set state = 'ESCALATED', incident_id = ?, version = version + 1 where id = ?",
				incident.getId(), id);
		return incident;
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
