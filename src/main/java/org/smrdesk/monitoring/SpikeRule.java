package org.smrdesk.monitoring;

/**
 * The spike rule, explainable in one sentence: today's count is compared with the mean of
 * the same weekday over the last four weeks, and an alert is raised only when a Poisson
 * test finds it unlikely (p &lt; 0.001) and the count is at least 5 and at least twice
 * the baseline, with at least 14 days of history. (The 48-hour cooldown and snoozing are
 * applied by {@link SpikeDetector}.)
 */
final class SpikeRule {

	static final double MAX_P = 0.001;

	static final int MIN_COUNT = 5;

	static final double MIN_RATIO = 2.0;

	static final int MIN_HISTORY_DAYS = 14;

	/**
	 * A zero baseline is taken as this, so one quiet month does not make every mention a
	 * spike.
	 */
	static final double BASELINE_FLOOR = 0.1;

	private SpikeRule() {
	}

	/**
	 * Applies the rule.
	 * @param today today's count
	 * @param sameWeekdays the counts of the same weekday 1, 2, 3 and 4 weeks ago
	 * @param historyDays how many days of history the query has
	 * @return the decision with its numbers
	 */
	static Decision evaluate(int today, int[] sameWeekdays, long historyDays) {
		double sum = 0;
		for (int count : sameWeekdays) {
			sum += count;
		}
		double baseline = (sameWeekdays.length > 0) ? sum / sameWeekdays.length : 0;
		double p = upperTail(today, Math.max(baseline, BASELINE_FLOOR));
		boolean alert = historyDays >= MIN_HISTORY_DAYS && today >= MIN_COUNT && today >= MIN_RATIO * baseline
				&& p < MAX_P;
		return new Decision(alert, today, baseline, p);
	}

	/**
	 * P(X ≥ k) for X ~ Poisson(λ), summed from k upwards in log space so tiny
	 * probabilities keep their precision.
	 * @param k the count
	 * @param lambda the mean
	 * @return the probability
	 */
	static double upperTail(int k, double lambda) {
		if (k <= 0) {
			return 1.0;
		}
		double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
		double term = Math.exp(logTerm);
		double sum = 0;
		for (int i = k; i < k + 10_000; i++) {
			sum += term;
			term *= lambda / (i + 1);
			if (term < sum * 1e-17) {
				break;
			}
		}
		return Math.min(1.0, sum);
	}

	private static double logFactorial(int n) {
		double result = 0;
		for (int i = 2; i <= n; i++) {
			result += Math.log(i);
		}
		return result;
	}

	/**
	 * The rule's answer and the numbers behind it.
	 *
	 * @param alert whether to raise an alert
	 * @param observed today's count
	 * @param baseline the usual count for this weekday
	 * @param p the Poisson p-value
	 */
	record Decision(boolean alert, int observed, double baseline, double p) {
	}

}
