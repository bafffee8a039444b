package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Staff trained: people who attended a session held in the period, as a percentage of the
 * head count (of one department or of all), read from the attendances the database keeps
 * with their session's start ({@code training_attendances}, V73). No head count means no
 * data, not 0 %.
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
				select 100.0 * (select count(distinct a.user_id) from training_attendances a
				    where a.starts_at >= w.fi and a.starts_at < w.ti and (w.d is null or exists (select 1 from users u
				      where u.id = a.user_id and u.department_id = w.d)))
				  / nullif((select sum(dd.head_count) from departments dd where w.d is null or dd.id = w.d), 0)""");
	}

}
