package org.smrdesk.supplier;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vendors and their contracts as JSON, with the pages' rules: costs are null for staff
 * (and only the lead and managers may sort by them); the lead creates, changes and rates
 * vendors.
 */
@RestController
@RequestMapping("/api/v1/vendors")
@PreAuthorize("isAuthenticated()")
class VendorApiController {

	private final VendorService vendors;

	VendorApiController(VendorService vendors) {
		this.vendors = vendors;
	}

	@CachedPage
	@GetMapping
	PagedModel<VendorJson> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) VendorKind kind, @RequestParam(required = false) VendorStatus status,
			@SortableBy(value = { "name", "kind", "status", "renewalDate" },
					overseers = "annualCost") @PageableDefault(size = 25, sort = "name") Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		boolean costs = VendorService.canSeeCosts(user);
		return new PagedModel<>(
				this.vendors.searchWithPeople(q, kind, status, pageable).map((vendor) -> VendorJson.of(vendor, costs)));
	}

	@CachedPage
	@GetMapping("/{id}")
	ResponseEntity<VendorJson> show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		Vendor vendor = this.vendors.getWithDetails(id);
		return ApiVersions.tagged(VendorJson.of(vendor, VendorService.canSeeCosts(user)), vendor.getVersion());
	}

	@CachedPage
	@GetMapping("/{id}/ratings")
	List<RatingJson> ratings(@PathVariable Long id) {
		this.vendors.get(id);
		return this.vendors.ratings(id).stream().map(RatingJson::of).toList();
	}

	@PostMapping("/{id}/ratings")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<RatingJson> rate(@PathVariable Long id, @Valid @RequestBody RatingForm form) {
		VendorRating rating = this.vendors.rate(id, form);
		return ResponseEntity.created(URI.create("/api/v1/vendors/" + id + "/ratings")).body(RatingJson.of(rating));
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<VendorJson> create(@Valid @RequestBody VendorRequest request) {
		Vendor vendor = this.vendors.getWithDetails(this.vendors.create(request.toForm(null)).getId());
		return ResponseEntity.created(URI.create("/api/v1/vendors/" + vendor.getId()))
			.eTag(ApiVersions.etag(vendor.getVersion()))
			.body(VendorJson.of(vendor, true));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<VendorJson> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody VendorRequest request) {
		this.vendors.update(id, request.toForm(ApiVersions.expected(ifMatch, this.vendors.get(id).getVersion())));
		Vendor updated = this.vendors.getWithDetails(id);
		return ApiVersions.tagged(VendorJson.of(updated, true), updated.getVersion());
	}

	/**
	 * A rating of a vendor.
	 */
	record RatingJson(Long id, LocalDate ratedOn, int score, String comment) {

		static RatingJson of(VendorRating r) {
			return new RatingJson(r.getId(), r.getRatedOn(), r.getScore(), r.getComment());
		}

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
