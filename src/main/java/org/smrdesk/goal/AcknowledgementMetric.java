package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Policy acknowledgement rate at the end of the period: of the active staff each policy
 * applies to, the share who had acknowledged the version current then. No one to
 * acknowledge means no data.
 */
@Component
@Order(50)
class AcknowledgementMetric implements Metric {

	private final MetricSql sql;

	AcknowledgementMetric(MetricSql sql) {
		this.sql = sql;
	}

	@Override
	public String family() {
		return "acknowledgements";
	}

	@Override
	public List<String> variants() {
		return List.of("RATE");
	}

	@Override
	public Set<MetricFilter> filters() {
		return Set.of(MetricFilter.DEPARTMENT);
	}

	@Override
	public boolean cumulative() {
		return false;
	}

	@Override
	public MetricUnit unit() {
		return MetricUnit.PERCENT;
	}

	@Override
	public List<Double> measure(String variant, List<Window> windows) {
		return this.sql.perWindow("""
				select 100.0 * count(pa.id) / nullif(count(*), 0)
				from (select distinct on (pv.policy_id) pv.id, pv.policy_id from policy_versions pv
				      where pv.state in ('PUBLISHED', 'RETIRED') and pv.published_at < w.ti
				      order by pv.policy_id, pv.published_at desc) v
				join policies p on p.id = v.policy_id
				join users u on u.active and u.role = 'STAFF' and (w.d is null or u.department_id = w.d)
				  and (p.all_departments or exists (select 1 from policy_departments pd
				       where pd.policy_id = p.id and pd.department_id = u.department_id))
				left join policy_acknowledgements pa on pa.version_id = v.id and pa.user_id = u.id
				  and pa.acknowledged_at < w.ti""", windows);
	}

}
