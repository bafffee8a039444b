package org.smrdesk.core;

/**
 * A panel on the home page. Each feature contributes its own (policies waiting for you,
 * open incidents, ...): the home page shows the panels visible to the signed-in user in
 * the order of Spring's {@code @Order} on each panel (lower first); give every panel an
 * order of its own ({@code HomePanelOrderTests} checks it).
 */
public interface HomePanel {

	/**
	 * Whether this user sees the panel.
	 * @param user the signed-in user
	 * @return true to show it
	 */
	boolean isVisibleTo(CurrentUser user);

	/**
	 * The Thymeleaf fragment, as {@code "template :: fragment"}; it reads its data from
	 * {@code panel}.
	 * @return the fragment
	 */
	String fragment();

	/**
	 * Whether the panel shows only company-wide figures kept in {@link CompanyFigures}
	 * (the same for everyone who sees the panel): such panels are loaded before the home
	 * page's transaction opens, so a request waiting for a figure being computed holds no
	 * pooled connection, and their loading must need no transaction of the caller's.
	 * @return true for a panel of company-wide figures only
	 */
	default boolean companyWide() {
		return false;
	}

	/**
	 * The data the fragment shows, loaded with a bounded number of queries.
	 * @param user the signed-in user
	 * @return the data
	 */
	Object load(CurrentUser user);

	/**
	 * The data the fragment shows for the dashboard's period ({@code /?period=}); panels
	 * whose figures are of a period override it, the others ignore the period.
	 * @param user the signed-in user
	 * @param period the period selected
	 * @return the data
	 */
	default Object load(CurrentUser user, DashboardPeriod period) {
		return load(user);
	}

}
