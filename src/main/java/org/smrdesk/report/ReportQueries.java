package org.smrdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.smrdesk.core.Times;
import org.smrdesk.goal.Period;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The report's read-only, aggregated queries, owned by this feature (they read other
 * features' tables, never their repositories): every section in one statement, each
 * section a bounded JSON array of rows, so a report costs the same number of statements
 * whatever the data. Incidents' milestones and attendances come from the pre-aggregates
 * the database keeps (V73), not from the timeline and the enrolments.
 */
@Component
class ReportQueries {

	static final int LIMIT = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SECTIONS = """
			with p as (select ?::timestamptz as fi, ?::timestamptz as ti, ?::date as f, ?::date as t,
			                  ?::date as bf, ?::date as bt, ?::date as rt, ?::int as lim),
			v as (select distinct on (pv.policy_id) pv.id, pv.policy_id, po.title, po.all_departments
			      from policy_versions pv join policies po on po.id = pv.policy_id, p
			      where pv.state in ('PUBLISHED', 'RETIRED') and pv.published_at < p.ti
			      order by pv.policy_id, pv.published_at desc),
			staff as (select u.department_id, count(*) as people from users u
			          where u.active and u.role = 'STAFF' group by u.department_id)
			select
			 (select coalesce(json_agg(json_build_array(x.id, x.title, x.severity, x.status, x.detected_at, x.triage,
			         x.response, x.resolution) order by x.severity, x.detected_at), '[]') from (
			   select i.id, i.title, i.severity, i.status, i.detected_at,
			     extract(epoch from m.triaged_at - i.detected_at) / 3600.0 as triage,
			     extract(epoch from m.first_response_at - i.detected_at) / 3600.0 as response,
			     case when i.status in ('RESOLVED', 'REVIEWED') then extract(epoch from m.resolved_at
			       - i.detected_at) / 3600.0 end as resolution
			   from incidents i left join incident_milestones m on m.incident_id = i.id, p
			   where i.detected_at >= p.fi and i.detected_at < p.ti
			   order by i.severity, i.detected_at limit (select lim from p)) x),
			 (select json_build_array(coalesce(sum(c.mentions) filter (where c.day >= p.f and c.day < p.t), 0),
			         coalesce(sum(c.mentions) filter (where c.day >= p.bf and c.day < p.bt), 0))
			   from mention_daily_counts c, p where c.query_id = 0 and c.source_id = 0
			   and ((c.day >= p.f and c.day < p.t) or (c.day >= p.bf and c.day < p.bt))),
			 (select coalesce(json_agg(json_build_array(x.day, x.name, x.observed, x.baseline, x.state)
			         order by x.day desc, x.id desc), '[]') from (
			   select a.id, a.day, q.name, a.observed, a.baseline, a.state from monitoring_alerts a
			   join monitoring_queries q on q.id = a.query_id, p
			   where a.day >= p.f and a.day < p.t order by a.day desc, a.id desc limit (select lim from p)) x),
			 (select coalesce(json_agg(json_build_array(x.department, x.service, x.n)
			         order by x.n desc, x.department, x.service), '[]') from (
			   select d.name as department, s.name as service, count(*) as n from activities a
			   join departments d on d.id = a.department_id join social_services s on s.id = a.service_id, p
			   where a.activity_date >= p.f and a.activity_date < p.t and a.status in ('LIVE', 'DONE')
			   group by d.name, s.name order by 3 desc, 1, 2 limit (select lim from p)) x),
			 (select coalesce(json_agg(json_build_array(x.name, x.attended, x.head_count) order by x.name), '[]') from (
			   select d.name, coalesce(t.attended, 0) as attended, d.head_count from departments d
			   left join (select u.department_id, count(distinct a.user_id) as attended from training_attendances a
			     join users u on u.id = a.user_id, p
			     where a.starts_at >= p.fi and a.starts_at < p.ti
			     group by u.department_id) t on t.department_id = d.id
			   order by d.name limit (select lim from p)) x),
			 (select coalesce(json_agg(json_build_array(x.title, x.acknowledged, x.expected) order by x.title), '[]')
			  from (
			   select v.title, sum(coalesce(ack.n, 0)) as acknowledged, sum(expected.n) as expected from v
			   left join (select v.policy_id, count(*) as n from policy_acknowledgements pa
			       join v on v.id = pa.version_id join users u on u.id = pa.user_id and u.active and u.role = 'STAFF', p
			       where pa.acknowledged_at < p.ti and (v.all_departments or exists (select 1 from policy_departments pd
			         where pd.policy_id = v.policy_id and pd.department_id = u.department_id))
			       group by v.policy_id) ack on ack.policy_id = v.policy_id
			   join (select v.policy_id, coalesce(sum(staff.people), 0) as n from v
			       left join staff on v.all_departments or exists (select 1 from policy_departments pd
			         where pd.policy_id = v.policy_id and pd.department_id = staff.department_id)
			       group by v.policy_id) expected on expected.policy_id = v.policy_id
			   group by v.title order by v.title limit (select lim from p)) x),
			 (select coalesce(json_agg(json_build_array(x.name, x.renewal_date, x.notice_by)
			         order by x.renewal_date, x.name), '[]') from (
			   select ve.name, ve.renewal_date, ve.renewal_date - coalesce(ve.notice_days, 0) as notice_by
			   from vendors ve, p where ve.renewal_date >= p.f and ve.renewal_date < p.rt and ve.status <> 'ENDED'
			   order by ve.renewal_date, ve.name limit (select lim from p)) x)""";

	private final JdbcTemplate jdbc;

	private final Times times;

	ReportQueries(JdbcTemplate jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	private String midnight(LocalDate day) {
		return day.atStartOfDay(this.times.companyZone()).toOffsetDateTime().toString();
	}

	/**
	 * Every section of a period's report but the goals, in one statement.
	 * @param period the period
	 * @return the sections
	 */
	Sections sections(Period period) {
		Period before = period.yearBefore();
		return this.jdbc.queryForObject(SECTIONS, (rs, n) -> {
			JsonNode volume = JSON.readTree(rs.getString(2));
			return new Sections(rows(rs.getString(1), ReportQueries::incident),
					new Report.Volume(volume.get(0).asLong(), volume.get(1).asLong()),
					rows(rs.getString(3),
							(r) -> new Report.Spike(LocalDate.parse(r.get(0).asString()), r.get(1).asString(),
									r.get(2).asInt(), r.get(3).asDouble(), r.get(4).asString())),
					rows(rs.getString(4),
							(r) -> new Report.ActivityLine(r.get(0).asString(), r.get(1).asString(), r.get(2).asInt())),
					rows(rs.getString(5),
							(r) -> new Report.Coverage(r.get(0).asString(), r.get(1).asInt(), r.get(2).asInt())),
					rows(rs.getString(6),
							(r) -> new Report.AckRate(r.get(0).asString(), r.get(1).asInt(), r.get(2).asInt())),
					rows(rs.getString(7), (r) -> new Report.Renewal(r.get(0).asString(),
							LocalDate.parse(r.get(1).asString()), LocalDate.parse(r.get(2).asString()))));
		}, midnight(period.start()), midnight(period.end()), java.sql.Date.valueOf(period.start()),
				java.sql.Date.valueOf(period.end()), java.sql.Date.valueOf(before.start()),
				java.sql.Date.valueOf(before.end()), java.sql.Date.valueOf(period.end().plusDays(60)), LIMIT);
	}

	private static Report.IncidentLine incident(JsonNode r) {
		Instant detected = OffsetDateTime.parse(r.get(4).asString()).toInstant();
		return new Report.IncidentLine(r.get(0).asLong(), r.get(1).asString(), r.get(2).asInt(), r.get(3).asString(),
				detected, hours(r.get(5)), hours(r.get(6)), hours(r.get(7)));
	}

	private static Double hours(JsonNode value) {
		return (value == null || value.isNull()) ? null : Math.max(0, value.asDouble());
	}

	private static <T> List<T> rows(String json, Function<JsonNode, T> row) {
		List<T> rows = new ArrayList<>();
		JSON.readTree(json).forEach((node) -> rows.add(row.apply(node)));
		return rows;
	}

	/**
	 * A report's sections besides the goals.
	 *
	 * @param incidents the period's incidents with their milestones
	 * @param mentions mention volume against the year before
	 * @param spikes spike alerts of the period
	 * @param activities activities by department and service
	 * @param training training coverage by department
	 * @param acknowledgements acknowledgement rates by policy at the period's end
	 * @param renewals vendor renewals from the period's start to 60 days after its end
	 */
	record Sections(List<Report.IncidentLine> incidents, Report.Volume mentions, List<Report.Spike> spikes,
			List<Report.ActivityLine> activities, List<Report.Coverage> training, List<Report.AckRate> acknowledgements,
			List<Report.Renewal> renewals) {
	}

}
