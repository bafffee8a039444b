package org.smrdesk.supplier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/**
 * A vendor and its contract as the API creates or changes it (the lead): the page form's
 * fields without its id or version (from {@code If-Match}).
 *
 * @param name the name
 * @param kind what it provides (default monitoring)
 * @param services its services in words
 * @param website its website
 * @param status active, trial or ended (default active)
 * @param contractStart the contract's first day
 * @param contractEnd the contract's last day
 * @param renewalDate the day it renews
 * @param noticeDays the notice period in days
 * @param annualCost the annual cost
 * @param currency the cost's currency (default EUR)
 * @param primaryContactId the company's primary contact (a user)
 * @param slaNotes notes on the service level
 * @param contactIds the vendor's people (contacts)
 * @param serviceIds the social services it covers
 * @param accountIds the company accounts it manages
 */
@Schema(example = """
		{"name": "Example Monitoring Ltd", "kind": "MONITORING", "status": "ACTIVE",
		 "website": "https://monitoring.example", "contractStart": "2026-01-01", "contractEnd": "2026-12-31",
		 "renewalDate": "2027-01-01", "noticeDays": 60, "annualCost": 12000.00, "currency": "EUR"}""")
record VendorRequest(@NotBlank @Size(max = 200) String name, VendorKind kind, @Size(max = 2000) String services,
		@URL @Size(max = 500) String website, VendorStatus status, LocalDate contractStart, LocalDate contractEnd,
		LocalDate renewalDate, @PositiveOrZero @Max(730) Integer noticeDays,
		@PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal annualCost,
		@Pattern(regexp = "[A-Z]{3}") String currency, Long primaryContactId, @Size(max = 5000) String slaNotes,
		List<Long> contactIds, List<Long> serviceIds, List<Long> accountIds) {

	VendorForm toForm(Long version) {
		VendorForm form = new VendorForm();
		form.setVersion(version);
		form.setName(this.name);
		if (this.kind != null) {
			form.setKind(this.kind);
		}
		form.setServices(this.services);
		form.setWebsite(this.website);
		if (this.status != null) {
			form.setStatus(this.status);
		}
		form.setContractStart(this.contractStart);
		form.setContractEnd(this.contractEnd);
		form.setRenewalDate(this.renewalDate);
		form.setNoticeDays(this.noticeDays);
		form.setAnnualCost(this.annualCost);
		if (this.currency != null) {
			form.setCurrency(this.currency);
		}
		form.setPrimaryContactId(this.primaryContactId);
		form.setSlaNotes(this.slaNotes);
		form.setContactIds((this.contactIds != null) ? this.contactIds : List.of());
		form.setServiceIds((this.serviceIds != null) ? this.serviceIds : List.of());
		form.setAccountIds((this.accountIds != null) ? this.accountIds : List.of());
		return form;
	}

}
