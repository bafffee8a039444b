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
class BlogPostMetric implements Metric {

	private final MetricSql sql;

	BlogPostMetric(MetricSql sql) {
		this.sql = sql;
	}

	@Override
	public String family() {
		return "blog-posts";
	}

	@Override
	public List<String> variants() {
		return List.of("PUBLISHED");
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
	public MetricUnit unit() {
		return MetricUnit.COUNT;
	}

	@Override
	public List<Double> measure(String variant, List<Window> windows) {
		return this.sql.perWindow(query(variant), windows);
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
