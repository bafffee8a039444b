package org.smrdesk.contact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact list as CSV: every contact the viewer may see that matches the list's
 * filters (the visibility of {@link ContactService#search}), however many, read through a
 * database cursor and written as they are read, so memory does not grow with the rows.
 */
@Service
@Transactional(readOnly = true)
class ContactCsv {

	static final List<String> HEADER = List.of("kind", "name", "outlet", "email", "handles", "links", "topics", "state",
			"owner");

	private final ContactRepository contacts;

	ContactCsv(ContactRepository contacts) {
		this.contacts = contacts;
	}

	/**
	 * Prints the matching contacts.
	 * @param text words in the name, outlet, e-mail, handles or topics
	 * @param kind the kind, or null
	 * @param state the relationship state, or null
	 * @param ownerId the owner, or null
	 * @param viewer who exports
	 * @param sort the order
	 * @param out where each row goes
	 */
	void write(String text, ContactKind kind, RelationshipState state, Long ownerId, CurrentUser viewer, Sort sort,
			CsvExport.Rows out) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		try (Stream<Object[]> rows = this.contacts.exportRows(query, kind, state, ownerId, viewer.isStaff(),
				viewer.id(), viewer.departmentId(), sort)) {
			rows.forEach((row) -> out.print(Arrays.asList(row)));
		}
	}

}
