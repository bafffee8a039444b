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
class AcknowledgementMetric extends SqlMetric {

	AcknowledgementMetric(MetricSql sql) {
		super(sql, "acknowledgements", MetricUnit.PERCENT, Set.of(MetricFilter.DEPARTMENT), List.of("RATE"));
	}

	@Override
	public Query query(String variant) {
		// acknowledged pairs over expected pairs, with the staff counted per department
		// rather than paired one by one with every policy (users x policies rows)
		return Query.of("""
				with v as (select distinct on (pv.policy_id) pv.id, pv.policy_id, p.all_departments
				      from policy_versions pv join policies p on p.id = pv.policy_id
				      where pv.state in ('PUBLISHED', 'RETIRED') and pv.published_at < w.ti
				      order by pv.policy_id, pv.published_at desc),
				  staff as (select u.department_id, count(*) as people from users u
				      where u.active and u.role = 'STAFF' and (w.d is null or u.department_id = w.d)
				      group by u.department_id)
				select 100.0 * (select count(*) from policy_acknowledgements pa join v on v.id = pa.version_id
				    join users u on u.id = pa.user_id and u.active and u.role = 'STAFF'
				      and (w.d is null or u.department_id = w.d)
				    where pa.acknowledged_at < w.ti and (v.all_departments or exists (select 1
				      from policy_departments pd where pd.policy_id = v.policy_id
				      and pd.department_id = u.department_id)))
				  / nullif((select sum(staff.people) from v join staff on v.all_departments or exists (select 1
				      from policy_departments pd where pd.policy_id = v.policy_id
				      and pd.department_id = staff.department_id)), 0)""");
	}

}
