package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Incidents detected in the period, all or of one severity (current); per department
 * engaged or service. Fewer is better.
 */
@Component
@Order(60)
class IncidentMetric extends SqlMetric {

	IncidentMetric(MetricSql sql) {
		super(sql, "incidents", MetricUnit.COUNT, Set.of(MetricFilter.DEPARTMENT, MetricFilter.SERVICE),
				List.of("ALL", "SEVERITY_1", "SEVERITY_2", "SEVERITY_3", "SEVERITY_4"));
	}

	@Override
	public boolean lowerIsBetter() {
		return true;
	}

	@Override
	public Query query(String variant) {
		int severity = variant.startsWith("SEVERITY_") ? Integer.parseInt(variant.substring(9)) : 0;
		return Query.of("""
				select count(*) from incidents i
				where i.detected_at >= w.fi and i.detected_at < w.ti and (?::int = 0 or i.severity = ?::int)
				and (w.s is null or i.service_id = w.s)
				and (w.d is null or exists (select 1 from incident_departments idp
				     where idp.incident_id = i.id and idp.department_id = w.d))""", severity, severity);
	}

}
