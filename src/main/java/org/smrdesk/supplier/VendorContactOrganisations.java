package org.smrdesk.supplier;

import java.util.List;

import org.smrdesk.contact.ContactOrganisationSource;

import org.springframework.stereotype.Component;

/**
 * On a contact's page and in its export: the vendors it works for.
 */
@Component
class VendorContactOrganisations implements ContactOrganisationSource {

	private final VendorService vendors;

	VendorContactOrganisations(VendorService vendors) {
		this.vendors = vendors;
	}

	@Override
	public List<Organisation> organisationsOf(Long contactId) {
		return this.vendors.supportedBy(contactId)
			.stream()
			.map((vendor) -> new Organisation("Vendor", vendor.getId(), vendor.getName(), "/vendors/" + vendor.getId()))
			.toList();
	}

}
