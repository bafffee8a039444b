package org.smrdesk.incident;

import org.smrdesk.core.Text;
import java.util.ArrayList;
import java.util.List;

import org.smrdesk.contact.Contact;
import org.smrdesk.contact.ContactService;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Text;
import org.smrdesk.supplier.Vendor;
import org.smrdesk.supplier.VendorService;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The named outside parties of incidents. The lead names them, by hand or from the
 * directory (a contact or a vendor, found with a type-ahead); everyone who reads the
 * incident sees them.
 */
@Service
@Transactional(readOnly = true)
public class NamedPartyService {

	static final int LOOKUP_LIMIT = 8;

	private final IncidentService incidents;

	private final NamedPartyRepository parties;

	private final ContactService contacts;

	private final VendorService vendors;

	NamedPartyService(IncidentService incidents, NamedPartyRepository parties, ContactService contacts,
			VendorService vendors) {
		this.incidents = incidents;
		this.parties = parties;
		this.contacts = contacts;
		this.vendors = vendors;
	}

	/**
	 * The named parties of an incident the user may read, by kind and name.
	 * @param incident the incident (read with {@link IncidentService#get})
	 * @return the parties
	 */
	public List<NamedParty> parties(Incident incident) {
		return this.parties.findByIncident(incident.getId());
	}

	/**
	 * A named party of this incident, for a timeline entry.
	 * @param incidentId the incident
	 * @param key {@code n<id>}
	 * @param field the form field to blame
	 * @return the party
	 * @throws FieldException when it is not one of the incident's parties
	 */
	NamedParty get(Long incidentId, String key, String field) {
		try {
			return this.parties.findOne(incidentId, Long.valueOf(key.substring(1)))
				.orElseThrow(() -> new FieldException(field, "incident.entry.group.unknown"));
		}
		catch (NumberFormatException ex) {
			throw new FieldException(field, "incident.entry.group.unknown");
		}
	}

	/**
	 * Names an outside party of an incident.
	 * @param incidentId the incident
	 * @param form the kind, and a name or a contact or vendor of the directory
	 * @param user who names it (the lead)
	 * @return the party
	 * @throws AccessDeniedException when the user is not the lead
	 * @throws FieldException when nothing is named, the directory entry is unknown or the
	 * party is already named
	 */
	@Transactional
	public NamedParty add(Long incidentId, NamedPartyForm form, CurrentUser user) {
		if (!user.isLead()) {
			throw new AccessDeniedException("Only the lead names outside parties");
		}
		Incident incident = this.incidents.get(incidentId, user);
		Contact contact = null;
		Vendor vendor = null;
		String name = Text.blankToNull(form.getName());
		String directory = Text.blankToNull(form.getDirectory());
		if (directory != null) {
			try {
				long id = Long.parseLong(directory.substring(1));
				if (directory.startsWith("c")) {
					contact = this.contacts.get(id);
					name = contact.getName();
				}
				else if (directory.startsWith("v")) {
					vendor = this.vendors.get(id);
					name = vendor.getName();
				}
			}
			catch (NumberFormatException | NotFoundException ex) {
				throw new FieldException("directory", "incident.party.directory.unknown");
			}
		}
		else if (Text.blankToNull(form.getDirectoryName()) != null) {
			throw new FieldException("directory", "incident.party.directory.choose");
		}
		if (name == null) {
			throw new FieldException("name", "incident.party.name.required");
		}
		if (this.parties.exists(incidentId, form.getKind(), name.strip())) {
			throw new FieldException("name", "incident.party.name.duplicate");
		}
		return this.parties.save(new NamedParty(incident, form.getKind(), name.strip(), contact, vendor));
	}

	/**
	 * Contacts and vendors of the directory whose name matches what was typed, for the
	 * type-ahead: a few of each, never the whole directory.
	 * @param text what was typed
	 * @param user who types (contacts the user may not see are never offered)
	 * @return the choices
	 */
	public List<Choice> lookup(String text, CurrentUser user) {
		List<Choice> choices = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return choices;
		}
		this.contacts.search(text, null, null, null, user, PageRequest.of(0, LOOKUP_LIMIT))
			.forEach((c) -> choices.add(
					new Choice("c" + c.getId(), c.getName() + ((c.getOutlet() != null) ? " · " + c.getOutlet() : ""))));
		this.vendors.search(text, null, null, PageRequest.of(0, LOOKUP_LIMIT))
			.forEach((v) -> choices.add(new Choice("v" + v.getId(), v.getName() + " · vendor")));
		return choices;
	}

	/**
	 * One choice of the type-ahead.
	 *
	 * @param id {@code c<id>} for a contact, {@code v<id>} for a vendor
	 * @param name what is shown
	 */
	public record Choice(String id, String name) {
	}

}
