package org.smrdesk.user;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "You are ...": who is signed in, their department and role, with a link to the account
 * page.
 */
@Component
@Order(1000)
class AccountPanel implements HomePanel {

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return true;
	}

	@Override
	public String fragment() {
		return "users/panels :: account";
	}

	@Override
	public Object load(CurrentUser user) {
		return user;
	}

}
