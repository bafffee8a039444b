package org.smrdesk.core;

/**
 * A home panel of company-wide figures only: seen by the lead and the managers, the same
 * for all of them, kept in {@link CompanyFigures} under a key of the panel's own (per
 * dashboard period where the figures depend on it), and loaded before the home page's
 * transaction opens ({@link #companyWide()}). A panel states its fragment and the period
 * it shows without a {@code ?period=}, and writes only its key and its computation.
 */
public abstract class CompanyWidePanel implements HomePanel {

	private final CompanyFigures figures;

	private final String fragment;

	private final DashboardPeriod usual;

	/**
	 * A panel.
	 * @param figures where the figures are kept
	 * @param fragment the Thymeleaf fragment, as {@code "template :: fragment"}
	 * @param usual the period shown without a {@code ?period=}
	 */
	protected CompanyWidePanel(CompanyFigures figures, String fragment, DashboardPeriod usual) {
		this.figures = figures;
		this.fragment = fragment;
		this.usual = usual;
	}

	@Override
	public final boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public final boolean companyWide() {
		return true;
	}

	@Override
	public final String fragment() {
		return this.fragment;
	}

	@Override
	public final Object load(CurrentUser user) {
		return load(user, this.usual);
	}

	@Override
	public Object load(CurrentUser user, DashboardPeriod period) {
		return this.figures.get(key(period), () -> compute(user, period));
	}

	/**
	 * The key the panel's figures are kept under.
	 * @param period the dashboard's period (ignored by panels whose figures have none)
	 * @return the key
	 */
	protected abstract String key(DashboardPeriod period);

	/**
	 * Computes the panel's figures (at most once a minute per key).
	 * @param reader who asked first, for the services' own permission checks: the figures
	 * must not depend on who reads them
	 * @param period the dashboard's period (ignored by panels whose figures have none)
	 * @return the data the fragment shows
	 */
	protected abstract Object compute(CurrentUser reader, DashboardPeriod period);

}
