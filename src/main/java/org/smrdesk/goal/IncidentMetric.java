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
class IncidentMetric implements Metric {

	private final MetricSql sql;

	IncidentMetric(MetricSql sql) {
		this.sql = sql;
	}

	@Override
	public String family() {
		return "incidents";
	}

	@Override
	public List<String> variants() {
		return List.of("ALL", "SEVERITY_1", "SEVERITY_2", "SEVERITY_3", "SEVERITY_4");
	}

	@Override
	public Set<MetricFilter> filters() {
		return Set.of(MetricFilter.DEPARTMENT, MetricFilter.SERVICE);
	}

	@Override
	public boolean cumulative() {
		return true;
	}

	@Override
	public boolean lowerIsBetter() {
		return true;
	}

	@Override
	public MetricUnit unit() {
		return MetricUnit.COUNT;
	}

	@Override
	public List<Double> measure(String variant, List<Window> windows) {
		return this.sql.perWindow(query(variant), windows);
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
