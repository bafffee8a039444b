package org.smrdesk.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.smrdesk.contact.Contact;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.supplier.Vendor;

/**
 * An outside party of an incident, by name: "Rainforest Watch" (NGO), "Daily Bugle"
 * (press), "Regional police" (authority). It may be a contact or a vendor of the
 * directory. Timeline entries name it as their group or as who acted.
 */
@Entity
@Table(name = "incident_named_parties")
public class NamedParty extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OutsideParty kind;

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "contact_id")
	private Contact contact;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "vendor_id")
	private Vendor vendor;

	protected NamedParty() {
	}

	NamedParty(Incident incident, OutsideParty kind, String name, Contact contact, Vendor vendor) {
		this.incident = incident;
		this.kind = kind;
		this.name = name;
		this.contact = contact;
		this.vendor = vendor;
	}

	public Incident getIncident() {
		return this.incident;
	}

	public OutsideParty getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public Contact getContact() {
		return this.contact;
	}

	public Vendor getVendor() {
		return this.vendor;
	}

	/**
	 * The key of this party in the timeline's group and actor choices.
	 * @return {@code n<id>}
	 */
	public String getKey() {
		return "n" + getId();
	}

}
