package org.smrdesk.supplier;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers (read-only): vendor renewals and notice deadlines in the next
 * 60 days.
 */
@Component
@Order(400)
class RenewalsPanel implements HomePanel {

	private final VendorService vendors;

	RenewalsPanel(VendorService vendors) {
		this.vendors = vendors;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isLead() || user.isManager();
	}

	@Override
	public String fragment() {
		return "vendors/panels :: renewals";
	}

	@Override
	public Object load(CurrentUser user) {
		return this.vendors.renewals();
	}

}
