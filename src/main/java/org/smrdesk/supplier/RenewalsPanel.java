package org.smrdesk.supplier;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the lead and managers (read-only): vendor renewals and notice deadlines in the next
 * 60 days, the first few of them (the panel links to all).
 */
@Component
@Order(400)
class RenewalsPanel implements HomePanel {

	/** The most renewals shown; the panel links to all of them. */
	static final int SHOWN = 8;

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
		List<Renewal> renewals = this.vendors.renewals();
		return renewals.subList(0, Math.min(SHOWN, renewals.size()));
	}

}
