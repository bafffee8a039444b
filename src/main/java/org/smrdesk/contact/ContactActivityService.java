package org.smrdesk.contact;

import java.util.List;

import org.smrdesk.activity.Activity;
import org.smrdesk.activity.ActivityService;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links between contacts and the activities that reached them: linking and unlinking,
 * finding an activity to link, and the contacts linked to an activity.
 */
@Service
@Transactional(readOnly = true)
public class ContactActivityService {

	private final ContactService contacts;

	private final ContactRepository contactRows;

	private final ActivityService activities;

	ContactActivityService(ContactService contacts, ContactRepository contactRows, ActivityService activities) {
		this.contacts = contacts;
		this.contactRows = contactRows;
		this.activities = activities;
	}

	/**
	 * The contacts linked to an activity, for the activity's page.
	 * @param activityId the activity
	 * @return the contacts, by name
	 */
	public List<Contact> linkedTo(Long activityId) {
		return this.contactRows.findByActivity(activityId);
	}

	/**
	 * The contacts linked to an activity that a user may see (see
	 * {@link ContactService#isVisibleTo(Contact, CurrentUser)}), in one query.
	 * @param activityId the activity
	 * @param viewer who is looking
	 * @return the contacts, by name
	 */
	public List<Contact> linkedTo(Long activityId, CurrentUser viewer) {
		if (!viewer.isStaff()) {
			return this.contactRows.findByActivity(activityId);
		}
		return this.contactRows.findByActivityVisibleToStaff(activityId, viewer.id(),
				(viewer.departmentId() != null) ? viewer.departmentId() : -1L);
	}

	/**
	 * Activities matching what the lead typed, to link one to a contact.
	 * @param text the search
	 * @return at most 10 activities
	 */
	public List<Activity> findActivities(String text) {
		return this.activities.fullText(text, 10);
	}

	/**
	 * Links a contact to an activity (idempotent).
	 * @param contactId the contact
	 * @param activityId the activity
	 */
	@Transactional
	public void linkActivity(Long contactId, Long activityId) {
		Contact contact = this.contacts.get(contactId);
		if (contact.isErased()) {
			throw new RuleException("contact.erased");
		}
		contact.getActivities().add(this.activities.get(activityId));
	}

	@Transactional
	public void unlinkActivity(Long contactId, Long activityId) {
		this.contacts.get(contactId).getActivities().removeIf((activity) -> activity.getId().equals(activityId));
	}

	/**
	 * Unlinks a contact from an activity if the contact is still at the version the
	 * caller read (the API's {@code If-Match}).
	 * @param contactId the contact
	 * @param activityId the activity
	 * @param expectedVersion the contact's version the caller read
	 * @throws org.smrdesk.core.ConcurrentEditException when the contact changed since
	 */
	@Transactional
	public void unlinkActivity(Long contactId, Long activityId, Long expectedVersion) {
		Contact contact = this.contacts.get(contactId);
		contact.checkVersion(expectedVersion);
		contact.getActivities().removeIf((activity) -> activity.getId().equals(activityId));
	}

}
