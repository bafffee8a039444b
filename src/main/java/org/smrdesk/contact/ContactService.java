package org.smrdesk.contact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.Hibernate;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Text;
import org.smrdesk.user.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts: the blogger and media relations program, with duplicate detection.
 * Interactions are {@link InteractionService}, the links to activities
 * {@link ContactActivityService}, the data subject's rights (export and erasure)
 * {@link ContactPrivacyService}, CSV import {@link ContactImportService}.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

	private final ContactRepository contacts;

	private final UserService users;

	ContactService(ContactRepository contacts, UserService users) {
		this.contacts = contacts;
		this.users = users;
	}

	/**
	 * The contacts the viewer may see that match the filters: STAFF see the contacts they
	 * own, those linked to their department's activities and those marked shared;
	 * managers and the lead see all.
	 * @param text words in the name, outlet, e-mail, handles or topics
	 * @param kind the kind, or null
	 * @param state the relationship state, or null
	 * @param ownerId the owner, or null
	 * @param viewer who is looking
	 * @param pageable the page
	 * @return a page of contacts
	 */
	public Page<Contact> search(String text, ContactKind kind, RelationshipState state, Long ownerId,
			CurrentUser viewer, Pageable pageable) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		boolean restricted = viewer.isStaff();
		return Paging.within(pageable, (reachable) -> {
			Page<Long> ids = this.contacts.searchIds(query, kind, state, ownerId, restricted, viewer.id(),
					viewer.departmentId(), byName(reachable));
			Map<Long, Contact> rows = new java.util.HashMap<>();
			if (ids.hasContent()) {
				this.contacts.findWithOwnerByIdIn(ids.getContent().toArray(Long[]::new))
					.forEach((c) -> rows.put(c.getId(), c));
			}
			return ids.map(rows::get);
		});
	}

	/**
	 * A step of a cursor walk through the contacts {@link #search} finds, in the order
	 * they were created ({@link org.smrdesk.core.ApiCursor}).
	 * @param text words to look for, or empty
	 * @param kind the kind, or null
	 * @param state the relationship state, or null
	 * @param ownerId the owner, or null
	 * @param viewer who is looking
	 * @param afterId the last id already answered (0 to start)
	 * @param limit how many at most
	 * @return the contacts with their owners, in id order
	 */
	public List<Contact> walk(String text, ContactKind kind, RelationshipState state, Long ownerId, CurrentUser viewer,
			long afterId, int limit) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		List<Long> ids = this.contacts.walkIds(query, kind, state, ownerId, viewer.isStaff(), viewer.id(),
				viewer.departmentId(), afterId, org.springframework.data.domain.Limit.of(limit));
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Contact> rows = new java.util.HashMap<>();
		this.contacts.findWithOwnerByIdIn(ids.toArray(Long[]::new)).forEach((c) -> rows.put(c.getId(), c));
		return ids.stream().map(rows::get).toList();
	}

	/**
	 * The page with the id as the last order (a stable order: pages neither repeat nor
	 * skip contacts of the same name).
	 */
	private static Pageable byName(Pageable pageable) {
		Sort sort = (pageable.getSort().getOrderFor("id") != null) ? pageable.getSort()
				: pageable.getSort().and(Sort.by("id"));
		return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
				: Pageable.unpaged(sort);
	}

	/**
	 * The first contacts by name as {@link #search} finds them, not counting the rest.
	 */
	public List<Contact> firstMatches(String text, CurrentUser viewer, int limit) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		return this.contacts.searchFirst(query, null, null, null, viewer.isStaff(), viewer.id(), viewer.departmentId(),
				org.springframework.data.domain.Limit.of(limit));
	}

	/**
	 * Whether a user may see a contact at all (see
	 * {@link #search(String, ContactKind, RelationshipState, Long, CurrentUser, Pageable)}).
	 * @param contact the contact
	 * @param viewer who is looking
	 * @return true when visible
	 */
	public boolean isVisibleTo(Contact contact, CurrentUser viewer) {
		if (!viewer.isStaff() || contact.isShared() || contact.isOwnedBy(viewer.id())) {
			return true;
		}
		return viewer.departmentId() != null
				&& this.contacts.isLinkedToActivityOf(contact.getId(), viewer.departmentId());
	}

	/**
	 * Every contact not erased, whoever may see it: for matching the authors of mentions
	 * to contacts. Callers show a match only to viewers allowed to see the contact.
	 * @return the contacts
	 */
	public List<ContactIdentity> identities() {
		return this.contacts.identities();
	}

	public Contact get(Long id) {
		return this.contacts.findWithOwnerById(id).orElseThrow(() -> new NotFoundException("Contact", id));
	}

	/**
	 * A contact with its owner and its linked activities (with their department and
	 * service) loaded, for its page: a fixed number of queries. A contact the viewer may
	 * not see is not found.
	 * @param id the contact
	 * @param viewer who is looking
	 * @return the contact
	 */
	public Contact getWithDetails(Long id, CurrentUser viewer) {
		Contact contact = get(id);
		if (!isVisibleTo(contact, viewer)) {
			throw new NotFoundException("Contact", id);
		}
		Hibernate.initialize(contact.getActivities());
		contact.getActivities().forEach((activity) -> {
			Hibernate.initialize(activity.getDepartment());
			Hibernate.initialize(activity.getService());
		});
		return contact;
	}

	/**
	 * Contacts by id, for other features to link to.
	 * @param ids the ids
	 * @return the contacts found
	 */
	public List<Contact> getAll(Collection<Long> ids) {
		return (ids == null || ids.isEmpty()) ? List.of() : this.contacts.findAllById(ids);
	}

	/**
	 * Other contacts that are likely the same person: the same e-mail address, or one of
	 * the same handles.
	 * @param form the contact being saved
	 * @return the likely duplicates (never the contact itself)
	 */
	public List<Contact> findDuplicates(ContactForm form) {
		Map<Long, Contact> found = new LinkedHashMap<>();
		String email = ContactKeys.email(form.getEmail());
		if (email != null) {
			this.contacts.findByNormalizedEmail(email).forEach((c) -> found.put(c.getId(), c));
		}
		Set<String> handles = ContactKeys.handles(form.getHandles());
		for (String handle : handles) {
			for (Contact candidate : this.contacts.findByHandleLike(handle)) {
				if (ContactKeys.handles(candidate.getHandles()).contains(handle)) {
					found.put(candidate.getId(), candidate);
				}
			}
		}
		if (form.getId() != null) {
			found.remove(form.getId());
		}
		return List.copyOf(found.values());
	}

	@Transactional
	public Contact create(ContactForm form) {
		checkDuplicates(form);
		Contact contact = new Contact(form.getKind(), form.getName().trim(), form.getState());
		apply(contact, form);
		return this.contacts.saveAndFlush(contact);
	}

	@Transactional
	public Contact update(Long id, ContactForm form) {
		Contact contact = get(id);
		contact.checkVersion(form.getVersion());
		if (contact.isErased()) {
			throw new RuleException("contact.erased");
		}
		form.setId(id);
		checkDuplicates(form);
		contact.setKind(form.getKind());
		contact.setName(form.getName().trim());
		contact.setState(form.getState());
		apply(contact, form);
		return this.contacts.saveAndFlush(contact);
	}

	private void checkDuplicates(ContactForm form) {
		if (!form.isSaveAnyway()) {
			List<Contact> duplicates = findDuplicates(form);
			if (!duplicates.isEmpty()) {
				throw new DuplicateContactsException(duplicates);
			}
		}
	}

	private void apply(Contact contact, ContactForm form) {
		contact.setOutlet(Text.blankToNull(form.getOutlet()));
		contact.setLinks(Text.blankToNull(form.getLinks()));
		contact.setHandles(Text.blankToNull(form.getHandles()));
		contact.setEmail(ContactKeys.email(form.getEmail()));
		contact.setTopics(Text.blankToNull(form.getTopics()));
		contact.setNotes(Text.blankToNull(form.getNotes()));
		contact.setLawfulBasis(Text.blankToNull(form.getLawfulBasis()));
		contact.setShared(form.isShared());
		if (form.getOwnerId() == null) {
			contact.setOwner(null);
		}
		else {
			contact.setOwner(FieldException.whenMissing("ownerId", "contact.owner.unknown",
					() -> this.users.getReference(form.getOwnerId())));
		}
	}

}
