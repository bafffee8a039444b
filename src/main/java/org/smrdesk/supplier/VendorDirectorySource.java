package org.smrdesk.supplier;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.directory.DirectoryEntry;
import org.smrdesk.directory.DirectorySource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Who do I call?" for outside providers: the agency or tool behind a service, with the
 * company's primary contact for it.
 */
@Component
@Order(20)
class VendorDirectorySource implements DirectorySource {

	static final int LIMIT = 8;

	private final VendorService vendors;

	VendorDirectorySource(VendorService vendors) {
		this.vendors = vendors;
	}

	@Override
	public String headingKey() {
		return "directory.vendors";
	}

	@Override
	public List<DirectoryEntry> find(String text, CurrentUser user) {
		return this.vendors.firstMatches(text, LIMIT)
			.stream()
			.map((vendor) -> new DirectoryEntry(vendor.getName(), "/vendors/" + vendor.getId(), vendor.getServices(),
					(vendor.getPrimaryContact() != null) ? List
						.of(vendor.getPrimaryContact().getDisplayName() + " · " + vendor.getPrimaryContact().getEmail())
							: List.of()))
			.toList();
	}

}
