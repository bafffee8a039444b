package org.smrdesk.goal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Median hours from detection to triage, to the first response, or to resolution, over
 * the incidents detected in the period that reached the milestone (the same rules as the
 * incident's milestones: triage is the first move out of "reported", the first response
 * the first published response or public engagement, resolution the last move to
 * "resolved" of an incident still resolved or reviewed), read from the milestones the
 * database keeps per incident as its timeline grows ({@code incident_milestones}, V73),
 * never from the timeline itself. Lower is better.
 */
@Component
@Order(70)
class ResponseTimeMetric extends SqlMetric {

	/** The column of {@code incident_milestones} (V73) per variant. */
	private static final Map<String, String> MILESTONES = Map.of("TRIAGE", "m.triaged_at", "FIRST_RESPONSE",
			"m.first_response_at", "RESOLUTION", "m.resolved_at");

	ResponseTimeMetric(MetricSql sql) {
		super(sql, "response-time", MetricUnit.HOURS, Set.of(MetricFilter.DEPARTMENT, MetricFilter.SERVICE),
				List.of("TRIAGE", "FIRST_RESPONSE", "RESOLUTION"));
	}

	@Override
	public boolean lowerIsBetter() {
		return true;
	}

	@Override
	public Query query(String variant) {
		String milestone = MILESTONES.get(variant);
		if (milestone == null) {
			throw new IllegalArgumentException("No such variant: " + variant);
		}
		String resolvedOnly = "RESOLUTION".equals(variant) ? " and i.status in ('RESOLVED', 'REVIEWED')" : "";
		return Query.of("select percentile_cont(0.5) within group (order by greatest(0, extract(epoch from " + milestone
				+ " - i.detected_at)) / 3600.0) from incidents i "
				+ "join incident_milestones m on m.incident_id = i.id "
				+ "where i.detected_at >= w.fi and i.detected_at < w.ti and " + milestone + " is not null"
				+ resolvedOnly + " and (w.s is null or i.service_id = w.s) and (w.d is null or exists (select 1 from "
				+ "incident_departments idp where idp.incident_id = i.id and idp.department_id = w.d))");
	}

}
