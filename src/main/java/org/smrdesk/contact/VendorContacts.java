package org.smrdesk.contact;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.smrdesk.core.Text;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of vendors (contacts of kind vendor contact) as the vendor form names them:
 * a type-ahead's offers and the one a typed name stands for, instead of a list of every
 * vendor contact.
 */
@Service
@Transactional(readOnly = true)
public class VendorContacts {

	private final ContactRepository contacts;

	VendorContacts(ContactRepository contacts) {
		this.contacts = contacts;
	}

	/**
	 * A few vendor contacts whose name contains what was typed, by name.
	 * @param typed the text, any case
	 * @param limit how many at most
	 * @return the contacts, none for a blank text
	 */
	public List<Person> lookup(String typed, int limit) {
		String text = (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
		if (text.isEmpty()) {
			return List.of();
		}
		return this.contacts.findVendorContactsLike("%" + Text.likeEscaped(text) + "%", Limit.of(limit));
	}

	/**
	 * The vendor contacts a type-ahead names: the one chosen while it still answers to
	 * the text; else those with exactly that name (any case), else those whose name
	 * contains it (two at most, enough to tell one from several).
	 * @param chosen the contact chosen in the type-ahead, or null
	 * @param typed the text, not blank
	 * @return the contacts answering, one when the text names someone
	 */
	public List<Person> named(Long chosen, String typed) {
		String text = typed.strip().toLowerCase(Locale.ROOT);
		List<Person> exact = this.contacts.findVendorContactsLike(Text.likeEscaped(text), Limit.of(10));
		List<Person> named = exact.isEmpty() ? lookup(text, 2) : exact;
		return named.stream().filter((person) -> person.id().equals(chosen)).findFirst().map(List::of).orElse(named);
	}

	/**
	 * Contacts by id as names, by name (a form's chosen people).
	 * @param ids the contacts
	 * @return their names, those that exist
	 */
	public List<Person> people(Collection<Long> ids) {
		return (ids == null || ids.isEmpty()) ? List.of() : this.contacts.findPeople(ids.toArray(Long[]::new));
	}

	/**
	 * A contact as a type-ahead offers it.
	 *
	 * @param id the contact
	 * @param name its name
	 */
	public record Person(Long id, String name) {

	}

}
