package org.smrdesk.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.smrdesk.audit.AuditService;
import org.smrdesk.core.AuditLog;
import org.smrdesk.core.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data subject's rights over a contact: everything held about them (access), and
 * erasure, each recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class ContactPrivacyService {

	private final ContactService contacts;

	private final ContactRepository contactRows;

	private final InteractionService interactions;

	private final AuditService audit;

	private final Clock clock;

	private final ErasureLedger erasures;

	ContactPrivacyService(ContactService contacts, ContactRepository contactRows, InteractionService interactions,
			AuditService audit, Clock clock, ErasureLedger erasures) {
		this.contacts = contacts;
		this.contactRows = contactRows;
		this.interactions = interactions;
		this.audit = audit;
		this.clock = clock;
		this.erasures = erasures;
	}

	/**
	 * Everything held about a contact, as a data subject's access request answers it; the
	 * export is recorded in the audit log.
	 * @param id the contact
	 * @param actor who exports it
	 * @return the data
	 */
	@Transactional
	public ContactExport export(Long id, CurrentUser actor) {
		Contact contact = this.contacts.get(id);
		List<ContactExport.InteractionEntry> entries = this.interactions.timeline(id)
			.stream()
			.map((i) -> new ContactExport.InteractionEntry(i.getId(), i.getKind(), i.getOccurredOn(),
					(i.getUser() != null) ? i.getUser().getEmail() : null, i.getSummary(), i.getOutcome()))
			.toList();
		List<ContactExport.Link> links = contact.getActivities()
			.stream()
			.map((a) -> new ContactExport.Link("Activity", a.getId(), a.getTitle()))
			.toList();
		this.audit.record(actor.email(), AuditLog.Action.EXPORT, "Contact", id);
		return new ContactExport(contact.getId(), contact.getKind(), contact.getName(), contact.getOutlet(),
				contact.getLinks(), contact.getHandles(), contact.getEmail(), contact.getTopics(),
				(contact.getOwner() != null) ? contact.getOwner().getEmail() : null, contact.getState(),
				contact.getNotes(), contact.getLawfulBasis(), contact.getErasedAt(), contact.getCreatedAt(),
				contact.getCreatedBy(), contact.getUpdatedAt(), contact.getUpdatedBy(), entries, links);
	}

	/**
	 * Erases a contact on request: every personal field and the text of every interaction
	 * are removed; the record stays as a tombstone so links keep working. The audit log
	 * records the erasure, never the values.
	 * @param id the contact
	 * @param actor who erases it
	 */
	@Transactional
	public void erase(Long id, CurrentUser actor) {
		erase(this.contacts.get(id), actor);
	}

	/**
	 * Erases a contact the caller last read at {@code expected} (the API's
	 * {@code If-Match}), checked inside the transaction; otherwise as
	 * {@link #erase(Long, CurrentUser)}.
	 * @param id the contact
	 * @param expected the version last read
	 * @param actor who erases it
	 */
	@Transactional
	public void erase(Long id, Long expected, CurrentUser actor) {
		Contact contact = this.contacts.get(id);
		contact.checkVersion(expected);
		erase(contact, actor);
	}

	private void erase(Contact contact, CurrentUser actor) {
		Long id = contact.getId();
		Instant now = this.clock.instant();
		contact.erase(now);
		this.interactions.timeline(id).forEach(Interaction::erase);
		this.contactRows.flush();
		this.erasures.record(id, contact.getCreatedAt(), now);
		this.audit.record(actor.email(), AuditLog.Action.ERASE, "Contact", id);
	}

}
