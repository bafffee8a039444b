package org.smrdesk.supplier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.smrdesk.core.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vendors as JSON. Costs are null for staff.
 */
@RestController
@RequestMapping("/api/v1/vendors")
@PreAuthorize("isAuthenticated()")
class VendorApiController {

	private final VendorService vendors;

	VendorApiController(VendorService vendors) {
		this.vendors = vendors;
	}

	@GetMapping
	List<VendorJson> list(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal CurrentUser user) {
		boolean costs = VendorService.canSeeCosts(user);
		return this.vendors.searchWithPeople(q, PageRequest.of(0, 1000, Sort.by("name")))
			.map((vendor) -> VendorJson.of(vendor, costs))
			.getContent();
	}

	@GetMapping("/{id}")
	VendorJson show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return VendorJson.of(this.vendors.getWithDetails(id), VendorService.canSeeCosts(user));
	}

	/**
	 * A vendor and its contract.
	 *
	 * @param id the id
	 * @param name the name
	 * @param kind the kind
	 * @param status the status
	 * @param services what it provides
	 * @param website its website
	 * @param contractStart the contract's first day
	 * @param contractEnd the contract's last day
	 * @param renewalDate the day it renews
	 * @param noticeDays the notice period in days
	 * @param noticeDeadline the last day to give notice
	 * @param annualCost the annual cost (null for staff)
	 * @param currency the currency of the cost (null for staff)
	 * @param primaryContact the company's primary contact (e-mail address)
	 * @param people the vendor's people (names)
	 */
	record VendorJson(Long id, String name, VendorKind kind, VendorStatus status, String services, String website,
			LocalDate contractStart, LocalDate contractEnd, LocalDate renewalDate, Integer noticeDays,
			LocalDate noticeDeadline, BigDecimal annualCost, String currency, String primaryContact,
			List<String> people) {

		static VendorJson of(Vendor v, boolean costs) {
			return new VendorJson(v.getId(), v.getName(), v.getKind(), v.getStatus(), v.getServices(), v.getWebsite(),
					v.getContractStart(), v.getContractEnd(), v.getRenewalDate(), v.getNoticeDays(),
					v.getNoticeDeadline(), costs ? v.getAnnualCost() : null, costs ? v.getCurrency() : null,
					(v.getPrimaryContact() != null) ? v.getPrimaryContact().getEmail() : null,
					v.getPeople().stream().map((p) -> p.getName()).toList());
		}

	}

}
