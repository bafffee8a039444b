package org.smrdesk.contact;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smrdesk.activity.Activity;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.User;

/**
 * A person the company relates to. Erasing one removes every personal field and keeps a
 * tombstone, so links from vendors and activities stay valid.
 */
@Entity
@Table(name = "contacts")
public class Contact extends AuditableEntity {

	/** The name an erased contact keeps. */
	public static final String TOMBSTONE = "Erased contact";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContactKind kind;

	@Column(nullable = false)
	private String name;

	private String outlet;

	private String links;

	private String handles;

	private String email;

	private String topics;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RelationshipState state;

	private String notes;

	@Column(name = "lawful_basis")
	private String lawfulBasis;

	@Column(name = "erased_at")
	private Instant erasedAt;

	@Column(nullable = false)
	private boolean shared;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "activity_contacts", joinColumns = @JoinColumn(name = "contact_id"),
			inverseJoinColumns = @JoinColumn(name = "activity_id"))
	@OrderBy("activityDate desc")
	private Set<Activity> activities = new LinkedHashSet<>();

	protected Contact() {
	}

	public Contact(ContactKind kind, String name, RelationshipState state) {
		this.kind = kind;
		this.name = name;
		this.state = state;
	}

	/**
	 * Removes every personal field, leaving the tombstone.
	 * @param now the moment of erasure
	 */
	void erase(Instant now) {
		this.name = TOMBSTONE;
		this.outlet = null;
		this.links = null;
		this.handles = null;
		this.email = null;
		this.topics = null;
		this.notes = null;
		this.lawfulBasis = null;
		this.erasedAt = now;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	public boolean isDoNotContact() {
		return this.state == RelationshipState.DO_NOT_CONTACT;
	}

	/**
	 * Whether every STAFF user may see this contact.
	 * @return true when shared
	 */
	public boolean isShared() {
		return this.shared;
	}

	void setShared(boolean shared) {
		this.shared = shared;
	}

	public boolean isOwnedBy(Long userId) {
		return this.owner != null && this.owner.getId().equals(userId);
	}

	public ContactKind getKind() {
		return this.kind;
	}

	void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
	}

	public String getOutlet() {
		return this.outlet;
	}

	void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public String getLinks() {
		return this.links;
	}

	void setLinks(String links) {
		this.links = links;
	}

	public String getHandles() {
		return this.handles;
	}

	void setHandles(String handles) {
		this.handles = handles;
	}

	public String getEmail() {
		return this.email;
	}

	void setEmail(String email) {
		this.email = email;
	}

	public String getTopics() {
		return this.topics;
	}

	void setTopics(String topics) {
		this.topics = topics;
	}

	public User getOwner() {
		return this.owner;
	}

	void setOwner(User owner) {
		this.owner = owner;
	}

	public RelationshipState getState() {
		return this.state;
	}

	void setState(RelationshipState state) {
		this.state = state;
	}

	public String getNotes() {
		return this.notes;
	}

	void setNotes(String notes) {
		this.notes = notes;
	}

	public String getLawfulBasis() {
		return this.lawfulBasis;
	}

	void setLawfulBasis(String lawfulBasis) {
		this.lawfulBasis = lawfulBasis;
	}

	public Instant getErasedAt() {
		return this.erasedAt;
	}

	/**
	 * The activities this contact is linked to (an article they wrote, an event they
	 * attended), newest first.
	 * @return the activities
	 */
	public Set<Activity> getActivities() {
		return this.activities;
	}

}
