package org.smrdesk.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Text;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Goals and manual data points: the lead sets them, everyone who may see them reads their
 * progress (actual, last year's value, on track or at risk) and each metric's year over
 * year.
 */
@Service
@Transactional(readOnly = true)
public class GoalService {

	/**
	 * The prefix of the dashboard's goal figures kept in {@link CompanyFigures}.
	 */
	static final String FIGURES = "goal.current.";

	/**
	 * The prefix of a period's goals with their figures (the goals page, reports, the
	 * API), kept in {@link CompanyFigures} like the dashboard's and forgotten when a goal
	 * or a manual figure changes.
	 */
	static final String PROGRESS = "goal.progress.";

	private final GoalRepository goals;

	private final DataPointRepository dataPoints;

	private final Metrics metrics;

	private final GoalMeasures measures;

	private final GoalNames names;

	private final CompanyFigures figures;

	private final GoalRules rules;

	GoalService(GoalRepository goals, DataPointRepository dataPoints, Metrics metrics, GoalMeasures measures,
			GoalNames names, CompanyFigures figures, GoalRules rules) {
		this.goals = goals;
		this.dataPoints = dataPoints;
		this.metrics = metrics;
		this.measures = measures;
		this.names = names;
		this.figures = figures;
		this.rules = rules;
	}

	public LocalDate today() {
		return this.measures.today();
	}

	public List<Metrics.Key> metricKeys() {
		return this.metrics.all();
	}

	/**
	 * The goals whose period lies within {@code period} (all of a year's for a year),
	 * with their progress: the same for every LEAD and MANAGER, so kept a short while
	 * ({@code smr.home.figures-for}). No transaction is opened before the figures are
	 * looked up, so a view waiting for their first computation holds no connection.
	 * @param period the period selected
	 * @return the goals, by period then metric
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<Progress> progress(Period period) {
		return this.figures.get(PROGRESS + period, () -> {
			List<Goal> list = this.goals.findByYear(period.year())
				.stream()
				.filter((g) -> within(g.getPeriod(), period))
				.toList();
			return List.copyOf(this.measures.progress(list, this.names.load()));
		});
	}

	/**
	 * The goals running today (this year's yearly goal, this quarter's, this month's),
	 * for the dashboard.
	 * @return the goals with their progress
	 */
	public List<Progress> current() {
		return current(Period.year(today().getYear()));
	}

	/**
	 * The goals running today whose period lies within {@code period} (this year's, this
	 * quarter's or this month's), for the dashboard's period.
	 * @param period a period containing today
	 * @return the goals with their progress
	 */
	public List<Progress> current(Period period) {
		LocalDate today = today();
		List<Goal> list = this.goals.findByYear(today.getYear())
			.stream()
			.filter((g) -> !g.getPeriod().start().isAfter(today) && g.getPeriod().end().isAfter(today))
			.filter((g) -> within(g.getPeriod(), period))
			.toList();
		return this.measures.progress(list, this.names.load());
	}

	/**
	 * Forgets the kept figures now and again after the change commits, so that a view
	 * computing them in between does not keep the figures from before the change.
	 */
	private void forgetFigures() {
		this.figures.forgetAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					GoalService.this.figures.forgetAll();
				}
			});
		}
	}

	private static boolean within(Period goal, Period selected) {
		return !goal.start().isBefore(selected.start()) && !goal.end().isAfter(selected.end());
	}

	public Goal get(Long id) {
		return this.goals.findById(id).orElseThrow(() -> new NotFoundException("Goal", id));
	}

	public Progress progressOf(Long id) {
		return this.measures.progress(List.of(get(id)), this.names.load()).get(0);
	}

	/**
	 * A metric this year against last year, month by month.
	 * @param metric the metric key
	 * @param year the year
	 * @param scope the filter
	 * @return the trend
	 * @throws FieldException when the metric is unknown or does not fit the filter
	 */
	public Trend trend(String metric, int year, Window.Scope scope) {
		Metrics.Key key = this.metrics.parse(metric)
			.orElseThrow(() -> new FieldException("metric", "goal.metric.unknown"));
		GoalRules.checkFits(key, scope);
		return this.measures.trend(key, year, scope, this.names.load().of(scope));
	}

	@Transactional
	public Goal create(GoalForm form) {
		GoalRules.Checked checked = this.rules.check(form);
		forgetFigures();
		return this.goals.save(new Goal(checked.key().key(), checked.period(), form.getTarget(), checked.scope(),
				Text.blankToNull(form.getNote())));
	}

	@Transactional
	public Goal update(Long id, GoalForm form) {
		Goal goal = get(id);
		goal.checkVersion(form.getVersion());
		GoalRules.Checked checked = this.rules.check(form);
		forgetFigures();
		goal.change(checked.key().key(), checked.period(), form.getTarget(), checked.scope(),
				Text.blankToNull(form.getNote()));
		return this.goals.saveAndFlush(goal);
	}

	public List<DataPoint> dataPoints() {
		return this.dataPoints.findTop200ByOrderByMonthDescMetricAsc();
	}

	/**
	 * The manual figures a page at a time, for the API.
	 * @param pageable the page and order
	 * @return the figures
	 */
	public Page<DataPoint> dataPoints(Pageable pageable) {
		return this.dataPoints.findAll(pageable);
	}

	/**
	 * Whether a manual figure is stored for a metric and month.
	 * @param metric the manual metric
	 * @param month the month
	 * @return true when one is
	 */
	public boolean hasDataPoint(String metric, java.time.YearMonth month) {
		return this.dataPoints.findByMetricAndMonth(metric, month.atDay(1)).isPresent();
	}

	/**
	 * One manual figure.
	 * @param id the figure
	 * @return the figure
	 */
	public DataPoint dataPoint(Long id) {
		return this.dataPoints.findById(id).orElseThrow(() -> new NotFoundException("DataPoint", id));
	}

	/**
	 * Changes the value and note of a manual figure the caller last read at
	 * {@code expected} (the API's {@code If-Match}); its metric and month stay.
	 * @param id the figure
	 * @param value the new value
	 * @param note the new note
	 * @param expected the version last read
	 * @param user who changes it
	 * @return the figure
	 */
	@Transactional
	public DataPoint changeDataPoint(Long id, BigDecimal value, String note, Long expected, CurrentUser user) {
		DataPoint point = dataPoint(id);
		point.checkVersion(expected);
		forgetFigures();
		point.change(value, Text.blankToNull(note), user.id());
		return point;
	}

	/**
	 * Records a manual figure for a month, replacing the one entered before for the same
	 * metric and month.
	 * @param form the figure
	 * @param user who entered it
	 * @return the data point
	 */
	@Transactional
	public DataPoint record(DataPointForm form, CurrentUser user) {
		if (!ManualMetric.VARIANTS.contains(form.getMetric())) {
			throw new FieldException("metric", "goal.metric.unknown");
		}
		if (form.getMonth().atDay(1).isAfter(today())) {
			throw new FieldException("month", "goal.period.future");
		}
		LocalDate month = form.getMonth().atDay(1);
		forgetFigures();
		DataPoint point = this.dataPoints.findByMetricAndMonth(form.getMetric(), month).orElse(null);
		if (point == null) {
			return this.dataPoints.save(new DataPoint(form.getMetric(), month, form.getValue(),
					Text.blankToNull(form.getNote()), user.id()));
		}
		point.change(form.getValue(), Text.blankToNull(form.getNote()), user.id());
		return point;
	}

	/**
	 * The names of the departments, services and queries goals can be narrowed to.
	 * @return the names by id
	 */
	GoalNames.Names names() {
		return this.names.load();
	}

}
