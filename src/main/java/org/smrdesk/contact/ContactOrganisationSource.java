package org.smrdesk.contact;

import java.util.List;

/**
 * The organisations a contact works for (the vendors it is a person of), shown on the
 * contact's page and in its privacy export. The vendor feature implements it as a
 * {@code @Component}, so this package needs no dependency on it; keep
 * {@link #organisationsOf} to one query.
 */
public interface ContactOrganisationSource {

	/**
	 * The organisations of one contact.
	 * @param contactId the contact
	 * @return the organisations, by name
	 */
	List<Organisation> organisationsOf(Long contactId);

	/**
	 * One organisation.
	 *
	 * @param kind what it is, as the export names it ("Vendor")
	 * @param id its id
	 * @param name its name
	 * @param url its page (an application path)
	 */
	record Organisation(String kind, Long id, String name, String url) {
	}

}
