package org.smrdesk.supplier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smrdesk.activity.Activity;
import org.smrdesk.channel.Account;
import org.smrdesk.channel.Channel;
import org.smrdesk.contact.Contact;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.User;

/**
 * An outside provider with its contract. The notice deadline is the last day to give
 * notice before the contract renews.
 */
@Entity
@Table(name = "vendors")
public class Vendor extends AuditableEntity {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VendorKind kind;

	private String services;

	private String website;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VendorStatus status;

	@Column(name = "contract_start")
	private LocalDate contractStart;

	@Column(name = "contract_end")
	private LocalDate contractEnd;

	@Column(name = "renewal_date")
	private LocalDate renewalDate;

	@Column(name = "notice_days")
	private Integer noticeDays;

	@Column(name = "annual_cost")
	private BigDecimal annualCost;

	private String currency;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "primary_contact_id")
	private User primaryContact;

	@Column(name = "sla_notes")
	private String slaNotes;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "vendor_contacts", joinColumns = @JoinColumn(name = "vendor_id"),
			inverseJoinColumns = @JoinColumn(name = "contact_id"))
	@OrderBy("name")
	private Set<Contact> people = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "vendor_services", joinColumns = @JoinColumn(name = "vendor_id"),
			inverseJoinColumns = @JoinColumn(name = "service_id"))
	@OrderBy("name")
	private Set<Channel> supportedServices = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "vendor_accounts", joinColumns = @JoinColumn(name = "vendor_id"),
			inverseJoinColumns = @JoinColumn(name = "account_id"))
	@OrderBy("handle")
	private Set<Account> supportedAccounts = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "vendor_activities", joinColumns = @JoinColumn(name = "vendor_id"),
			inverseJoinColumns = @JoinColumn(name = "activity_id"))
	@OrderBy("activityDate desc")
	private Set<Activity> supportedActivities = new LinkedHashSet<>();

	protected Vendor() {
	}

	public Vendor(String name, VendorKind kind, VendorStatus status) {
		this.name = name;
		this.kind = kind;
		this.status = status;
	}

	/**
	 * The last day to give notice: the renewal date less the notice period.
	 * @return the day, or null without a renewal date
	 */
	public LocalDate getNoticeDeadline() {
		if (this.renewalDate == null) {
			return null;
		}
		return (this.noticeDays != null) ? this.renewalDate.minusDays(this.noticeDays) : this.renewalDate;
	}

	public String getName() {
		return this.name;
	}

	void setName(String name) {
		this.name = name;
	}

	public VendorKind getKind() {
		return this.kind;
	}

	void setKind(VendorKind kind) {
		this.kind = kind;
	}

	public String getServices() {
		return this.services;
	}

	void setServices(String services) {
		this.services = services;
	}

	public String getWebsite() {
		return this.website;
	}

	void setWebsite(String website) {
		this.website = website;
	}

	public VendorStatus getStatus() {
		return this.status;
	}

	void setStatus(VendorStatus status) {
		this.status = status;
	}

	public LocalDate getContractStart() {
		return this.contractStart;
	}

	void setContractStart(LocalDate contractStart) {
		this.contractStart = contractStart;
	}

	public LocalDate getContractEnd() {
		return this.contractEnd;
	}

	void setContractEnd(LocalDate contractEnd) {
		this.contractEnd = contractEnd;
	}

	public LocalDate getRenewalDate() {
		return this.renewalDate;
	}

	void setRenewalDate(LocalDate renewalDate) {
		this.renewalDate = renewalDate;
	}

	public Integer getNoticeDays() {
		return this.noticeDays;
	}

	void setNoticeDays(Integer noticeDays) {
		this.noticeDays = noticeDays;
	}

	/**
	 * The annual cost: managers and the lead see it, staff do not
	 * ({@link VendorService#canSeeCosts}).
	 * @return the cost
	 */
	public BigDecimal getAnnualCost() {
		return this.annualCost;
	}

	void setAnnualCost(BigDecimal annualCost) {
		this.annualCost = annualCost;
	}

	public String getCurrency() {
		return this.currency;
	}

	void setCurrency(String currency) {
		this.currency = currency;
	}

	public User getPrimaryContact() {
		return this.primaryContact;
	}

	void setPrimaryContact(User primaryContact) {
		this.primaryContact = primaryContact;
	}

	public String getSlaNotes() {
		return this.slaNotes;
	}

	void setSlaNotes(String slaNotes) {
		this.slaNotes = slaNotes;
	}

	public Set<Contact> getPeople() {
		return this.people;
	}

	/**
	 * The services of the catalogue this vendor supports (monitors, publishes on, ...).
	 * @return the services
	 */
	public Set<Channel> getSupportedServices() {
		return this.supportedServices;
	}

	/**
	 * The official accounts this vendor supports.
	 * @return the accounts
	 */
	public Set<Account> getSupportedAccounts() {
		return this.supportedAccounts;
	}

	/**
	 * The activities this vendor supports (a campaign, an event).
	 * @return the activities, newest first
	 */
	public Set<Activity> getSupportedActivities() {
		return this.supportedActivities;
	}

}
