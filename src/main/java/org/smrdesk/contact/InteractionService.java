package org.smrdesk.contact;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Text;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's interactions: the timeline of who talked to them, and logging one, with the
 * "do not contact" guard.
 */
@Service
@Transactional(readOnly = true)
public class InteractionService {

	/** Interactions shown per page of a contact's timeline. */
	static final int TIMELINE_PAGE = 50;

	private final ContactService contacts;

	private final ContactRepository contactRows;

	private final InteractionRepository interactions;

	private final UserService users;

	InteractionService(ContactService contacts, ContactRepository contactRows, InteractionRepository interactions,
			UserService users) {
		this.contacts = contacts;
		this.contactRows = contactRows;
		this.interactions = interactions;
		this.users = users;
	}

	/**
	 * A contact's interactions, newest first, with who had them.
	 * @param contactId the contact
	 * @return the timeline
	 */
	public Page<Interaction> timeline(Long contactId, int page) {
		return Paging.within(
				PageRequest.of(Math.max(0, page), TIMELINE_PAGE,
						Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("id"))),
				(pageable) -> this.interactions.findByContactId(contactId, pageable));
	}

	/**
	 * A contact's interactions, newest first, with who had them: all of them (the privacy
	 * export and erasure).
	 * @param contactId the contact
	 * @return the timeline
	 */
	List<Interaction> timeline(Long contactId) {
		return this.interactions.findByContactIdOrderByOccurredOnDescIdDesc(contactId);
	}

	/**
	 * Whether a user may log interactions with a contact: the lead always, staff for the
	 * contacts they own or that are linked to an activity of their department.
	 * @param contact the contact
	 * @param user the user
	 * @return true if allowed
	 */
	public boolean canLog(Contact contact, CurrentUser user) {
		if (user.isLead()) {
			return true;
		}
		return user.isStaff() && (contact.isOwnedBy(user.id()) || (user.departmentId() != null
				&& this.contactRows.isLinkedToActivityOf(contact.getId(), user.departmentId())));
	}

	/**
	 * Logs an interaction with a contact.
	 * @param contactId the contact
	 * @param form what happened
	 * @param actor who logs it
	 * @return the interaction
	 * @throws RuleException {@code interaction.doNotContact} for outreach to a "do not
	 * contact" person, {@code contact.erased} for an erased contact
	 */
	@Transactional
	public Interaction logInteraction(Long contactId, InteractionForm form, CurrentUser actor) {
		Contact contact = this.contacts.get(contactId);
		if (!canLog(contact, actor)) {
			throw new AccessDeniedException("Not allowed to log interactions with this contact");
		}
		if (contact.isErased()) {
			throw new RuleException("contact.erased");
		}
		if (contact.isDoNotContact() && form.getKind() != null && form.getKind().isOutreach()) {
			throw new RuleException("interaction.doNotContact");
		}
		Long userId = (actor.isLead() && form.getUserId() != null) ? form.getUserId() : actor.id();
		User user;
		user = FieldException.whenMissing("userId", "interaction.user.unknown", () -> this.users.getReference(userId));
		return this.interactions.save(new Interaction(contact, form.getKind(), form.getOccurredOn(), user,
				form.getSummary().trim(), Text.blankToNull(form.getOutcome())));
	}

}
