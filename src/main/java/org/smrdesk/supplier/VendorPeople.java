package org.smrdesk.supplier;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smrdesk.contact.Contact;
import org.smrdesk.contact.ContactKind;
import org.smrdesk.contact.ContactService;
import org.smrdesk.contact.VendorContacts;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Text;

import org.springframework.stereotype.Component;

/**
 * A vendor's people as its form chooses them: the ticked contacts and the one its "add a
 * person" type-ahead names, all of them vendor contacts. Used inside
 * {@link VendorService}'s transactions.
 */
@Component
class VendorPeople {

	private final ContactService contacts;

	private final VendorContacts vendorContacts;

	VendorPeople(ContactService contacts, VendorContacts vendorContacts) {
		this.contacts = contacts;
		this.vendorContacts = vendorContacts;
	}

	/**
	 * The people a vendor form chooses (the typed one added to its ids).
	 * @param form the form
	 * @return the contacts
	 * @throws FieldException when the typed name names nobody or several
	 * ({@code addPerson}), or a chosen id is not a vendor contact's ({@code contactIds})
	 */
	List<Contact> chosen(VendorForm form) {
		String typed = Text.blankToNull(form.getAddPerson());
		if (typed != null) {
			List<VendorContacts.Person> named = this.vendorContacts.named(form.getAddPersonId(), typed);
			if (named.size() != 1) {
				throw new FieldException("addPerson",
						named.isEmpty() ? "vendor.people.unknown" : "vendor.people.several");
			}
			if (!form.getContactIds().contains(named.get(0).id())) {
				form.getContactIds().add(named.get(0).id());
			}
		}
		Set<Long> ids = new HashSet<>(form.getContactIds());
		List<Contact> people = this.contacts.getAll(ids);
		if (people.size() != ids.size() || people.stream().anyMatch((c) -> c.getKind() != ContactKind.VENDOR_CONTACT)) {
			throw new FieldException("contactIds", "vendor.people.invalid");
		}
		return people;
	}

}
