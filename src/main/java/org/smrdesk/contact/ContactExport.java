package org.smrdesk.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything SMR Desk holds about one contact, for a data subject's access request.
 *
 * @param id the contact's id
 * @param kind who the contact is
 * @param name the name
 * @param outlet the outlet or blog
 * @param links links
 * @param handles social handles
 * @param email the e-mail address
 * @param topics topics
 * @param owner the relationship owner's e-mail address
 * @param state the relationship state
 * @param notes notes
 * @param lawfulBasis the lawful basis or consent note
 * @param erasedAt when the contact was erased, if it was
 * @param createdAt when the record was made
 * @param createdBy who made it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it
 * @param interactions the interactions, newest first
 * @param linkedRecords the records linked to the contact (vendors, activities)
 */
public record ContactExport(Long id, ContactKind kind, String name, String outlet, String links, String handles,
		String email, String topics, String owner, RelationshipState state, String notes, String lawfulBasis,
		Instant erasedAt, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
		List<InteractionEntry> interactions, List<Link> linkedRecords) {

	/**
	 * The same export with the organisations the contact works for among its linked
	 * records (the page's and the API's export).
	 * @param organisations the organisations
	 * @return a new export
	 */
	public ContactExport withOrganisations(List<ContactOrganisationSource.Organisation> organisations) {
		return withLinks(organisations.stream()
			.map((organisation) -> new Link(organisation.kind(), organisation.id(), organisation.name()))
			.toList());
	}

	/**
	 * The same export with more linked records.
	 * @param more the records to add
	 * @return a new export
	 */
	public ContactExport withLinks(List<Link> more) {
		List<Link> all = new java.util.ArrayList<>(this.linkedRecords);
		all.addAll(more);
		return new ContactExport(this.id, this.kind, this.name, this.outlet, this.links, this.handles, this.email,
				this.topics, this.owner, this.state, this.notes, this.lawfulBasis, this.erasedAt, this.createdAt,
				this.createdBy, this.updatedAt, this.updatedBy, this.interactions, List.copyOf(all));
	}

	/**
	 * One interaction.
	 *
	 * @param id its id
	 * @param kind what it was
	 * @param occurredOn the day
	 * @param user who had it (e-mail address)
	 * @param summary what was said
	 * @param outcome what came of it
	 */
	public record InteractionEntry(Long id, InteractionKind kind, LocalDate occurredOn, String user, String summary,
			String outcome) {
	}

	/**
	 * A record linked to the contact.
	 *
	 * @param type the record's type (Vendor, Activity)
	 * @param id its id
	 * @param name its name
	 */
	public record Link(String type, Long id, String name) {
	}

}
