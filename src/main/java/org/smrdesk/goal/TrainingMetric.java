package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Staff trained: people who attended a session held in the period, as a percentage of the
 * head count (of one department or of all). No head count means no data, not 0 %.
 */
@Component
@Order(40)
class TrainingMetric extends SqlMetric {

	TrainingMetric(MetricSql sql) {
		super(sql, "training", MetricUnit.PERCENT, Set.of(MetricFilter.DEPARTMENT), List.of("COVERAGE"));
	}

	@Override
	public Query query(String variant) {
		return Query.of("""
				select 100.0 * (select count(distinct e.user_id) from training_enrolments e
				    join training_sessions ts on ts.id = e.session_id join users u on u.id = e.user_id
				    where e.attendance = 'ATTENDED' and ts.starts_at >= w.fi and ts.starts_at < w.ti
				    and (w.d is null or u.department_id = w.d))
				  / nullif((select sum(dd.head_count) from departments dd where w.d is null or dd.id = w.d), 0)""");
	}

}
