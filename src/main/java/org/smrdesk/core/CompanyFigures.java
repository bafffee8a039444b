package org.smrdesk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Company-wide figures of the dashboards (activities per department this month, training
 * and acknowledgement coverage, mention volume, the team, the goals), kept for a short
 * while instead of being computed again for every view of a home page: each is one
 * aggregate over the whole history, and the lead's home page shows several.
 * <p>
 * Only for figures that are the same for everyone who may see them: a figure shown to a
 * role or a department must never be kept here under a key that another role or
 * department could read. Whoever asks must already have passed the visibility check (the
 * panel's {@code isVisibleTo}). Figures may be up to {@code smr.home.figures-for} old (a
 * minute by default); lists of things to act on are never kept here.
 * <p>
 * A figure is computed by one caller at a time: while it is computed again after it
 * expired, the others are shown the figure kept so far; when there is none yet, they wait
 * for that one computation rather than run the same aggregate each.
 */
@Component
public class CompanyFigures {

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

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
		if (figure == null || !figure.freshAt(now)) {
			Object previous = (figure != null) ? figure.shown() : null;
			Kept mine = new Kept(new CompletableFuture<>(), now.plus(this.keepFor), previous);
			figure = this.kept.compute(key, (name, old) -> (old == null || !old.freshAt(now)) ? mine : old);
			if (figure == mine) {
				try {
					mine.value().complete(compute.get());
				}
				catch (RuntimeException | Error ex) {
					this.kept.remove(key, mine);
					mine.value().completeExceptionally(ex);
					throw ex;
				}
			}
		}
		if (!figure.value().isDone() && figure.previous() != null) {
			return (T) figure.previous();
		}
		try {
			return (T) figure.value().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Forgets every figure (after a change that must show at once).
	 */
	public void forgetAll() {
		this.kept.clear();
	}

	/**
	 * A figure being or having been computed, with the one it replaces to show meanwhile.
	 */
	private record Kept(CompletableFuture<Object> value, Instant until, Object previous) {

		/**
		 * Whether the figure may still be shown: not expired, and not failed.
		 */
		boolean freshAt(Instant now) {
			return now.isBefore(this.until) && !this.value.isCompletedExceptionally();
		}

		/**
		 * What may be shown of it now: its value when computed, else the one before.
		 */
		Object shown() {
			return (this.value.isDone() && !this.value.isCompletedExceptionally()) ? this.value.join() : this.previous;
		}

	}

}
