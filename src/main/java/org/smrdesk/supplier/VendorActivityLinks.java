package org.smrdesk.supplier;

import java.util.List;

import org.smrdesk.activity.ActivityLinkSource;
import org.smrdesk.core.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an activity's page: the vendors that supported it.
 */
@Component
@Order(20)
class VendorActivityLinks implements ActivityLinkSource {

	private final VendorService vendors;

	VendorActivityLinks(VendorService vendors) {
		this.vendors = vendors;
	}

	@Override
	public String headingKey() {
		return "activity.links.vendors";
	}

	@Override
	public List<Link> linksFor(Long activityId, CurrentUser viewer) {
		return this.vendors.supporting(activityId)
			.stream()
			.map((vendor) -> new Link(vendor.getName(), "/vendors/" + vendor.getId()))
			.toList();
	}

}
