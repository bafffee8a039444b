package org.smrdesk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Company-wide figures of the dashboards (activities per department this month, training
 * and acknowledgement coverage, mention volume, the team), kept for a short while instead
 * of being computed again for every view of a home page: each is one aggregate over the
 * whole history, and the lead's home page shows several.
 * <p>
 * Only for figures that are the same for everyone who may see them: a figure shown to a
 * role or a department must never be kept here under a key that another role or
 * department could read. Whoever asks must already have passed the visibility check (the
 * panel's {@code isVisibleTo}). Figures may be up to {@code smr.home.figures-for} old (a
 * minute by default); lists of things to act on are never kept here. While one request
 * computes an expired figure again, the others are shown the figure kept so far (a slow
 * figure is computed once, not once per waiting request).
 */
@Component
public class CompanyFigures {

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

	private final Clock clock;

	private final Duration keepFor;

	CompanyFigures(Clock clock, @Value("${smr.home.figures-for:1m}") Duration keepFor) {
		this.clock = clock;
		this.keepFor = keepFor;
	}

	/**
	 * A figure, computed when missing or older than the keeping time.
	 * @param <T> its type (immutable: records, copies of lists)
	 * @param key names the figure (the same for every viewer)
	 * @param compute computes it
	 * @return the figure
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String key, Supplier<T> compute) {
		Instant now = this.clock.instant();
		Kept figure = this.kept.get(key);
		if (figure != null && now.isBefore(figure.until())) {
			return (T) figure.value();
		}
		if (figure != null && !this.refreshing.add(key)) {
			// another request is computing it again: show the figure kept until then
			// rather than compute it once per waiting request
			return (T) figure.value();
		}
		try {
			figure = new Kept(compute.get(), now.plus(this.keepFor));
			this.kept.put(key, figure);
			return (T) figure.value();
		}
		finally {
			this.refreshing.remove(key);
		}
	}

	/**
	 * Forgets every figure (after a change that must show at once).
	 */
	public void forgetAll() {
		this.kept.clear();
	}

	private record Kept(Object value, Instant until) {
	}

}
