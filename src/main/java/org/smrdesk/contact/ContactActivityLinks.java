package org.smrdesk.contact;

import java.util.List;

import org.smrdesk.activity.ActivityLinkSource;
import org.smrdesk.core.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an activity's page: the outside contacts it reached that the viewer may see.
 */
@Component
@Order(10)
class ContactActivityLinks implements ActivityLinkSource {

	private final ContactActivityService contactActivities;

	ContactActivityLinks(ContactActivityService contactActivities) {
		this.contactActivities = contactActivities;
	}

	@Override
	public String headingKey() {
		return "activity.links.contacts";
	}

	@Override
	public List<Link> linksFor(Long activityId, CurrentUser viewer) {
		return this.contactActivities.linkedTo(activityId, viewer)
			.stream()
			.map((contact) -> new Link(contact.getName(), "/contacts/" + contact.getId()))
			.toList();
	}

}
