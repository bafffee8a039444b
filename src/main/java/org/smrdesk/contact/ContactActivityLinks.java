package org.smrdesk.contact;

import java.util.List;

import org.smrdesk.activity.ActivityLinkSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an activity's page: the outside contacts it reached.
 */
@Component
@Order(10)
class ContactActivityLinks implements ActivityLinkSource {

	private final ContactService contacts;

	ContactActivityLinks(ContactService contacts) {
		this.contacts = contacts;
	}

	@Override
	public String headingKey() {
		return "activity.links.contacts";
	}

	@Override
	public List<Link> linksFor(Long activityId) {
		return this.contacts.linkedTo(activityId)
			.stream()
			.map((contact) -> new Link(contact.getName(), "/contacts/" + contact.getId()))
			.toList();
	}

}
