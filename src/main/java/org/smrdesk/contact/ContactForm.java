package org.smrdesk.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the lead types to create or edit a contact. {@code saveAnyway} is set by the
 * second submit, after the likely duplicates were shown.
 */
public class ContactForm {

	private Long id;

	private Long version;

	@NotNull
	private ContactKind kind = ContactKind.BLOGGER;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String outlet;

	@Size(max = 2000)
	private String links;

	@Size(max = 500)
	private String handles;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 500)
	private String topics;

	private Long ownerId;

	@NotNull
	private RelationshipState state = RelationshipState.PROSPECT;

	@Size(max = 5000)
	private String notes;

	@Size(max = 1000)
	private String lawfulBasis;

	private boolean shared;

	private boolean saveAnyway;

	public ContactForm() {
	}

	ContactForm(Contact contact) {
		this.id = contact.getId();
		this.version = contact.getVersion();
		this.kind = contact.getKind();
		this.name = contact.getName();
		this.outlet = contact.getOutlet();
		this.links = contact.getLinks();
		this.handles = contact.getHandles();
		this.email = contact.getEmail();
		this.topics = contact.getTopics();
		this.ownerId = (contact.getOwner() != null) ? contact.getOwner().getId() : null;
		this.state = contact.getState();
		this.notes = contact.getNotes();
		this.lawfulBasis = contact.getLawfulBasis();
		this.shared = contact.isShared();
	}

	public boolean isShared() {
		return this.shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOutlet() {
		return this.outlet;
	}

	public void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public String getHandles() {
		return this.handles;
	}

	public void setHandles(String handles) {
		this.handles = handles;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public RelationshipState getState() {
		return this.state;
	}

	public void setState(RelationshipState state) {
		this.state = state;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getLawfulBasis() {
		return this.lawfulBasis;
	}

	public void setLawfulBasis(String lawfulBasis) {
		this.lawfulBasis = lawfulBasis;
	}

	public boolean isSaveAnyway() {
		return this.saveAnyway;
	}

	public void setSaveAnyway(boolean saveAnyway) {
		this.saveAnyway = saveAnyway;
	}

}
