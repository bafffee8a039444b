package org.smrdesk.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A metric measured by one SQL expression per window ({@link #query(String)}), run
 * through {@link MetricSql}: a metric states its family, unit, filters and variants once,
 * in its constructor, and writes only its query.
 */
abstract class SqlMetric implements Metric {

	private final MetricSql sql;

	private final String family;

	private final MetricUnit unit;

	private final Set<MetricFilter> filters;

	private final List<String> variants;

	SqlMetric(MetricSql sql, String family, MetricUnit unit, Set<MetricFilter> filters, List<String> variants) {
		this.sql = sql;
		this.family = family;
		this.unit = unit;
		this.filters = Set.copyOf(filters);
		this.variants = List.copyOf(variants);
	}

	/**
	 * The given variants followed by the names of an enum's constants ({@code ALL},
	 * {@code POST}, {@code EVENT}, ...).
	 * @param first the variants that come first
	 * @param constants the enum's constants
	 * @return the variants, in order
	 */
	static List<String> variants(List<String> first, Enum<?>[] constants) {
		List<String> variants = new ArrayList<>(first);
		for (Enum<?> constant : constants) {
			variants.add(constant.name());
		}
		return variants;
	}

	@Override
	public String family() {
		return this.family;
	}

	@Override
	public List<String> variants() {
		return this.variants;
	}

	@Override
	public Set<MetricFilter> filters() {
		return this.filters;
	}

	@Override
	public boolean cumulative() {
		return this.unit.cumulative();
	}

	@Override
	public MetricUnit unit() {
		return this.unit;
	}

	@Override
	public List<Double> measure(String variant, List<Window> windows) {
		return this.sql.perWindow(query(variant), windows);
	}

}
