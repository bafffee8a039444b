package org.smrdesk.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.smrdesk.core.Times;
import org.smrdesk.goal.Period;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The report's read-only, aggregated queries (one statement per section, each bounded),
 * owned by this feature: they read other features' tables, never their repositories.
 */
@Component
class ReportQueries {

	static final int LIMIT = 50;

	private final JdbcTemplate jdbc;

	private final Times times;

	ReportQueries(JdbcTemplate jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	private String midnight(LocalDate day) {
		return day.atStartOfDay(this.times.companyZone()).toOffsetDateTime().toString();
	}

	List<Report.IncidentLine> incidents(Period period) {
		return this.jdbc.query(
				"""
						select i.id, i.title, i.severity, i.status, i.detected_at,
						  extract(epoch from (select min(te.occurred_at) from incident_timeline_entries te where te.incident_id = i.id
						    and te.type = 'STATUS_CHANGE' and te.from_status = 'REPORTED') - i.detected_at) / 3600.0,
						  extract(epoch from (select min(te.occurred_at) from incident_timeline_entries te where te.incident_id = i.id
						    and (te.type = 'RESPONSE_PUBLISHED' or (te.type = 'ENGAGEMENT' and te.public_reply))) - i.detected_at) / 3600.0,
						  case when i.status in ('RESOLVED', 'REVIEWED') then extract(epoch from (select max(te.occurred_at)
						    from incident_timeline_entries te where te.incident_id = i.id and te.type = 'STATUS_CHANGE'
						    and te.to_status = 'RESOLVED') - i.detected_at) / 3600.0 end
						from incidents i where i.detected_at >= ?::timestamptz and i.detected_at < ?::timestamptz
						order by i.severity, i.detected_at limit ?""",
				(rs, n) -> new Report.IncidentLine(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), hours(rs.getObject(6)), hours(rs.getObject(7)),
						hours(rs.getObject(8))),
				midnight(period.start()), midnight(period.end()), LIMIT);
	}

	private static Double hours(Object value) {
		return (value instanceof Number n) ? Math.max(0, n.doubleValue()) : null;
	}

	Report.Volume mentions(Period period) {
		Period before = period.yearBefore();
		return this.jdbc.queryForObject("""
				select coalesce(sum(mentions) filter (where day >= ? and day < ?), 0),
				       coalesce(sum(mentions) filter (where day >= ? and day < ?), 0)
				from mention_daily_counts where query_id = 0 and source_id = 0
				and ((day >= ? and day < ?) or (day >= ? and day < ?))""",
				(rs, n) -> new Report.Volume(rs.getLong(1), rs.getLong(2)), Date.valueOf(period.start()),
				Date.valueOf(period.end()), Date.valueOf(before.start()), Date.valueOf(before.end()),
				Date.valueOf(period.start()), Date.valueOf(period.end()), Date.valueOf(before.start()),
				Date.valueOf(before.end()));
	}

	List<Report.Spike> spikes(Period period) {
		return this.jdbc
			.query("""
					select a.day, q.name, a.observed, a.baseline, a.state from monitoring_alerts a
					join monitoring_queries q on q.id = a.query_id
					where a.day >= ? and a.day < ? order by a.day desc, a.id desc limit ?""",
					(rs, n) -> new Report.Spike(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getInt(3),
							rs.getDouble(4), rs.getString(5)),
					Date.valueOf(period.start()), Date.valueOf(period.end()), LIMIT);
	}

	List<Report.ActivityLine> activities(Period period) {
		return this.jdbc.query("""
				select d.name, s.name, count(*) from activities a
				join departments d on d.id = a.department_id join social_services s on s.id = a.service_id
				where a.activity_date >= ? and a.activity_date < ? and a.status in ('LIVE', 'DONE')
				group by d.name, s.name order by 3 desc, 1, 2 limit ?""",
				(rs, n) -> new Report.ActivityLine(rs.getString(1), rs.getString(2), rs.getInt(3)),
				Date.valueOf(period.start()), Date.valueOf(period.end()), LIMIT);
	}

	List<Report.Coverage> training(Period period) {
		return this.jdbc.query("""
				select d.name, coalesce(t.attended, 0), d.head_count from departments d
				left join (select u.department_id, count(distinct e.user_id) attended from training_enrolments e
				  join training_sessions ts on ts.id = e.session_id join users u on u.id = e.user_id
				  where e.attendance = 'ATTENDED' and ts.starts_at >= ?::timestamptz and ts.starts_at < ?::timestamptz
				  group by u.department_id) t on t.department_id = d.id
				order by d.name limit ?""", (rs, n) -> new Report.Coverage(rs.getString(1), rs.getInt(2), rs.getInt(3)),
				midnight(period.start()), midnight(period.end()), LIMIT);
	}

	List<Report.AckRate> acknowledgements(Period period) {
		String end = midnight(period.end());
		return this.jdbc.query("""
				select p.title, count(pa.id), count(u.id)
				from (select distinct on (pv.policy_id) pv.id, pv.policy_id from policy_versions pv
				      where pv.state in ('PUBLISHED', 'RETIRED') and pv.published_at < ?::timestamptz
				      order by pv.policy_id, pv.published_at desc) v
				join policies p on p.id = v.policy_id
				left join users u on u.active and u.role = 'STAFF' and (p.all_departments or exists (
				  select 1 from policy_departments pd where pd.policy_id = p.id and pd.department_id = u.department_id))
				left join policy_acknowledgements pa on pa.version_id = v.id and pa.user_id = u.id
				  and pa.acknowledged_at < ?::timestamptz
				group by p.title order by p.title limit ?""",
				(rs, n) -> new Report.AckRate(rs.getString(1), rs.getInt(2), rs.getInt(3)), end, end, LIMIT);
	}

	List<Report.Renewal> renewals(Period period) {
		return this.jdbc.query("""
				select name, renewal_date, renewal_date - coalesce(notice_days, 0) from vendors
				where renewal_date >= ? and renewal_date < ? and status <> 'ENDED'
				order by renewal_date, name limit ?""",
				(rs, n) -> new Report.Renewal(rs.getString(1), rs.getDate(2).toLocalDate(),
						rs.getDate(3).toLocalDate()),
				Date.valueOf(period.start()), Date.valueOf(period.end().plusDays(60)), LIMIT);
	}

}
