package org.smrdesk.contact;

import java.util.List;

/**
 * A contact about to be saved looks like one or more existing contacts; the user confirms
 * with "save anyway".
 */
public class DuplicateContactsException extends RuntimeException {

	private final transient List<Contact> duplicates;

	DuplicateContactsException(List<Contact> duplicates) {
		super("Likely duplicates: " + duplicates.size());
		this.duplicates = duplicates;
	}

	public List<Contact> getDuplicates() {
		return this.duplicates;
	}

}
