package org.smrdesk;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

/**
 * Signed-in principals for controller tests, without a database.
 */
public final class WebUsers {

	/** The department of {@link #staff()} and {@link #lead()}. */
	public static final long OWN_DEPARTMENT = 1L;

	/** Another department. */
	public static final long OTHER_DEPARTMENT = 2L;

	private WebUsers() {
	}

	public static CurrentUser lead() {
		return new CurrentUser(1L, "lead@test.example", "Test Lead", OWN_DEPARTMENT, "Communications", Role.LEAD, null,
				true);
	}

	public static CurrentUser manager() {
		return new CurrentUser(2L, "manager@test.example", "Test Manager", OTHER_DEPARTMENT, "Executive", Role.MANAGER,
				null, true);
	}

	public static CurrentUser staff() {
		return new CurrentUser(3L, "staff@test.example", "Test Staff", OWN_DEPARTMENT, "Communications", Role.STAFF,
				null, true);
	}

}
