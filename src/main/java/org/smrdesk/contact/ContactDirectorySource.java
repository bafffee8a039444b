package org.smrdesk.contact;

import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.directory.DirectoryEntry;
import org.smrdesk.directory.DirectorySource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Who do I call?" for outside people: bloggers, journalists, analysts on a topic or
 * outlet, with their relationship owner inside the company. Erased contacts never appear.
 */
@Component
@Order(10)
class ContactDirectorySource implements DirectorySource {

	static final int LIMIT = 8;

	private final ContactService contacts;

	private final MessageSource messages;

	ContactDirectorySource(ContactService contacts, MessageSource messages) {
		this.contacts = contacts;
		this.messages = messages;
	}

	@Override
	public String headingKey() {
		return "directory.contacts";
	}

	@Override
	public List<DirectoryEntry> find(String text, CurrentUser user) {
		return this.contacts.firstMatches(text, user, LIMIT)
			.stream()
			.filter((contact) -> !contact.isErased())
			.map(this::entry)
			.toList();
	}

	private DirectoryEntry entry(Contact contact) {
		List<String> details = new ArrayList<>();
		details.add(this.messages.getMessage("contact.kind." + contact.getKind().name(), null, contact.getKind().name(),
				LocaleContextHolder.getLocale()));
		if (contact.getOutlet() != null) {
			details.add(contact.getOutlet());
		}
		if (contact.getTopics() != null) {
			details.add(contact.getTopics());
		}
		List<String> people = (contact.getOwner() != null)
				? List.of(contact.getOwner().getDisplayName() + " · " + contact.getOwner().getEmail()) : List.of();
		return new DirectoryEntry(contact.getName(), "/contacts/" + contact.getId(), String.join(" · ", details),
				people);
	}

}
