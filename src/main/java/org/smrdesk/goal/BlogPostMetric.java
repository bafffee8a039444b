package org.smrdesk.goal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Blog posts published: posts and articles, done or live, on services of kind blog.
 */
@Component
@Order(20)
class BlogPostMetric extends SqlMetric {

	BlogPostMetric(MetricSql sql) {
		super(sql, "blog-posts", MetricUnit.COUNT, Set.of(MetricFilter.DEPARTMENT, MetricFilter.SERVICE),
				List.of("PUBLISHED"));
	}

	@Override
	public Query query(String variant) {
		return Query.of("""
				select count(*) from activities a join social_services ss on ss.id = a.service_id
				where a.activity_date >= w.f and a.activity_date < w.t and a.status in ('LIVE', 'DONE')
				and a.kind in ('POST', 'ARTICLE') and ss.kind = 'BLOG'
				and (w.d is null or a.department_id = w.d) and (w.s is null or a.service_id = w.s)""");
	}

}
