package org.smrdesk.goal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every metric the app knows, in the order of their {@code @Order}; keys are
 * {@code family:VARIANT}.
 */
@Component
public class Metrics {

	private final Map<String, Metric> families = new LinkedHashMap<>();

	Metrics(List<Metric> metrics) {
		metrics.forEach((metric) -> this.families.put(metric.family(), metric));
	}

	/**
	 * Reads a key such as {@code activities:POST}.
	 * @param key the key
	 * @return the metric and variant, or empty when there is none such
	 */
	public Optional<Key> parse(String key) {
		if (key == null) {
			return Optional.empty();
		}
		int colon = key.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		Metric metric = this.families.get(key.substring(0, colon));
		String variant = key.substring(colon + 1);
		return (metric != null && metric.variants().contains(variant)) ? Optional.of(new Key(metric, variant))
				: Optional.empty();
	}

	/**
	 * Every metric and variant, in order.
	 * @return the keys
	 */
	public List<Key> all() {
		List<Key> keys = new ArrayList<>();
		this.families.values().forEach((m) -> m.variants().forEach((v) -> keys.add(new Key(m, v))));
		return keys;
	}

	/**
	 * A metric in one variant.
	 *
	 * @param metric the metric
	 * @param variant the variant
	 */
	public record Key(Metric metric, String variant) {

		public String key() {
			return this.metric.family() + ":" + this.variant;
		}

		/**
		 * The message key of the metric's name.
		 * @return {@code goal.metric.family.VARIANT}
		 */
		public String label() {
			return "goal.metric." + this.metric.family() + "." + this.variant;
		}

		public String unit() {
			return this.metric.unit().name();
		}

	}

}
