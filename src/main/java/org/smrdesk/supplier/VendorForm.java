package org.smrdesk.supplier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the lead types to create or edit a vendor and its contract.
 */
public class VendorForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private VendorKind kind = VendorKind.MONITORING;

	@Size(max = 2000)
	private String services;

	@URL
	@Size(max = 500)
	private String website;

	@NotNull
	private VendorStatus status = VendorStatus.ACTIVE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractEnd;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate renewalDate;

	@PositiveOrZero
	@Max(730)
	private Integer noticeDays;

	@PositiveOrZero
	@Digits(integer = 10, fraction = 2)
	private BigDecimal annualCost;

	@Pattern(regexp = "[A-Z]{3}")
	private String currency = "EUR";

	private Long primaryContactId;

	@Size(max = 5000)
	private String slaNotes;

	private List<Long> contactIds = new ArrayList<>();

	/** A vendor contact to add to {@link #contactIds}, by name (a type-ahead). */
	@Size(max = 200)
	private String addPerson;

	/** The vendor contact chosen in the type-ahead, while its name is shown. */
	private Long addPersonId;

	private List<Long> serviceIds = new ArrayList<>();

	private List<Long> accountIds = new ArrayList<>();

	public VendorForm() {
	}

	VendorForm(Vendor vendor) {
		this.id = vendor.getId();
		this.version = vendor.getVersion();
		this.name = vendor.getName();
		this.kind = vendor.getKind();
		this.services = vendor.getServices();
		this.website = vendor.getWebsite();
		this.status = vendor.getStatus();
		this.contractStart = vendor.getContractStart();
		this.contractEnd = vendor.getContractEnd();
		this.renewalDate = vendor.getRenewalDate();
		this.noticeDays = vendor.getNoticeDays();
		this.annualCost = vendor.getAnnualCost();
		this.currency = vendor.getCurrency();
		this.primaryContactId = (vendor.getPrimaryContact() != null) ? vendor.getPrimaryContact().getId() : null;
		this.slaNotes = vendor.getSlaNotes();
		vendor.getPeople().forEach((person) -> this.contactIds.add(person.getId()));
		vendor.getSupportedServices().forEach((service) -> this.serviceIds.add(service.getId()));
		vendor.getSupportedAccounts().forEach((account) -> this.accountIds.add(account.getId()));
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public VendorKind getKind() {
		return this.kind;
	}

	public void setKind(VendorKind kind) {
		this.kind = kind;
	}

	public String getServices() {
		return this.services;
	}

	public void setServices(String services) {
		this.services = services;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public VendorStatus getStatus() {
		return this.status;
	}

	public void setStatus(VendorStatus status) {
		this.status = status;
	}

	public LocalDate getContractStart() {
		return this.contractStart;
	}

	public void setContractStart(LocalDate contractStart) {
		this.contractStart = contractStart;
	}

	public LocalDate getContractEnd() {
		return this.contractEnd;
	}

	public void setContractEnd(LocalDate contractEnd) {
		this.contractEnd = contractEnd;
	}

	public LocalDate getRenewalDate() {
		return this.renewalDate;
	}

	public void setRenewalDate(LocalDate renewalDate) {
		this.renewalDate = renewalDate;
	}

	public Integer getNoticeDays() {
		return this.noticeDays;
	}

	public void setNoticeDays(Integer noticeDays) {
		this.noticeDays = noticeDays;
	}

	public BigDecimal getAnnualCost() {
		return this.annualCost;
	}

	public void setAnnualCost(BigDecimal annualCost) {
		this.annualCost = annualCost;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Long getPrimaryContactId() {
		return this.primaryContactId;
	}

	public void setPrimaryContactId(Long primaryContactId) {
		this.primaryContactId = primaryContactId;
	}

	public String getSlaNotes() {
		return this.slaNotes;
	}

	public void setSlaNotes(String slaNotes) {
		this.slaNotes = slaNotes;
	}

	public List<Long> getContactIds() {
		return this.contactIds;
	}

	public void setContactIds(List<Long> contactIds) {
		this.contactIds = (contactIds != null) ? contactIds : new ArrayList<>();
	}

	public String getAddPerson() {
		return this.addPerson;
	}

	public void setAddPerson(String addPerson) {
		this.addPerson = addPerson;
	}

	public Long getAddPersonId() {
		return this.addPersonId;
	}

	public void setAddPersonId(Long addPersonId) {
		this.addPersonId = addPersonId;
	}

	public List<Long> getServiceIds() {
		return this.serviceIds;
	}

	public void setServiceIds(List<Long> serviceIds) {
		this.serviceIds = (serviceIds != null) ? serviceIds : new ArrayList<>();
	}

	public List<Long> getAccountIds() {
		return this.accountIds;
	}

	public void setAccountIds(List<Long> accountIds) {
		this.accountIds = (accountIds != null) ? accountIds : new ArrayList<>();
	}

}
