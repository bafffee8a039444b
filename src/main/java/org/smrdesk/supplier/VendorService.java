package org.smrdesk.supplier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.hibernate.Hibernate;
import org.smrdesk.activity.Activity;
import org.smrdesk.activity.ActivityService;
import org.smrdesk.channel.Account;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.contact.Contact;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Text;
import org.smrdesk.user.UserService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendors, their contracts and ratings, and the renewals coming up. Contract costs are
 * for managers and the lead only.
 */
@Service
@Transactional(readOnly = true)
public class VendorService {

	/** How far ahead the renewals list looks. */
	public static final int RENEWAL_WINDOW_DAYS = 60;

	private final VendorRepository vendors;

	private final VendorRatingRepository ratings;

	private final VendorPeople people;

	private final UserService users;

	private final ChannelService channels;

	private final ActivityService activities;

	private final Clock clock;

	VendorService(VendorRepository vendors, VendorRatingRepository ratings, VendorPeople people, UserService users,
			ChannelService channels, ActivityService activities, Clock clock) {
		this.vendors = vendors;
		this.ratings = ratings;
		this.people = people;
		this.users = users;
		this.channels = channels;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * The services of the catalogue, for the vendor form.
	 * @return the services
	 */
	public List<Channel> services() {
		return this.channels.allServices();
	}

	/**
	 * The official accounts, for the vendor form.
	 * @return the accounts
	 */
	public List<Account> accounts() {
		return this.channels.allAccounts();
	}

	/**
	 * Activities matching what the lead typed, to link one to a vendor.
	 * @param text the search
	 * @return at most 10 activities
	 */
	public List<Activity> findActivities(String text) {
		return this.activities.fullText(text, 10);
	}

	/**
	 * The vendors supporting an activity.
	 * @param activityId the activity
	 * @return the vendors, by name
	 */
	public List<Vendor> supporting(Long activityId) {
		return this.vendors.findBySupportedActivity(activityId);
	}

	@Transactional
	public void linkActivity(Long vendorId, Long activityId) {
		get(vendorId).getSupportedActivities().add(this.activities.get(activityId));
	}

	@Transactional
	public void unlinkActivity(Long vendorId, Long activityId) {
		get(vendorId).getSupportedActivities().removeIf((activity) -> activity.getId().equals(activityId));
	}

	/**
	 * Whether a user may see contract costs: managers and the lead.
	 * @param user the user
	 * @return true if so
	 */
	public static boolean canSeeCosts(CurrentUser user) {
		return user != null && (user.isLead() || user.isManager());
	}

	public Page<Vendor> search(String text, VendorKind kind, VendorStatus status, Pageable pageable) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		return Paging.within(pageable, (reachable) -> this.vendors.search(query, kind, status, reachable));
	}

	/** The first vendors by name matching the text, not counting the rest (directory). */
	public List<Vendor> firstMatches(String text, int limit) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		return this.vendors.searchFirst(query, null, null, org.springframework.data.domain.Limit.of(limit));
	}

	public Vendor get(Long id) {
		return this.vendors.findWithPrimaryContactById(id).orElseThrow(() -> new NotFoundException("Vendor", id));
	}

	/**
	 * A vendor with its people and what it supports loaded, for its page, its form and
	 * the API: a fixed number of queries.
	 * @param id the vendor
	 * @return the vendor
	 */
	public Vendor getWithDetails(Long id) {
		Vendor vendor = get(id);
		Hibernate.initialize(vendor.getPeople());
		Hibernate.initialize(vendor.getSupportedServices());
		Hibernate.initialize(vendor.getSupportedAccounts());
		vendor.getSupportedAccounts().forEach((account) -> Hibernate.initialize(account.getService()));
		Hibernate.initialize(vendor.getSupportedActivities());
		vendor.getSupportedActivities().forEach((activity) -> {
			Hibernate.initialize(activity.getDepartment());
			Hibernate.initialize(activity.getService());
		});
		return vendor;
	}

	/**
	 * Vendors with their people, for the API.
	 * @param text part of the name or services
	 * @param kind the kind, or null
	 * @param status the status, or null
	 * @param pageable page and sort
	 * @return the page
	 */
	public Page<Vendor> searchWithPeople(String text, VendorKind kind, VendorStatus status, Pageable pageable) {
		Page<Vendor> page = search(text, kind, status, pageable);
		page.forEach((vendor) -> Hibernate.initialize(vendor.getPeople()));
		return page;
	}

	public List<VendorRating> ratings(Long vendorId) {
		return this.ratings.findByVendorIdOrderByRatedOnDescIdDesc(vendorId);
	}

	/**
	 * The average of a vendor's ratings.
	 * @param ratings the ratings
	 * @return the average, or empty without ratings
	 */
	public static OptionalDouble average(List<VendorRating> ratings) {
		return ratings.stream().mapToInt(VendorRating::getScore).average();
	}

	/**
	 * The vendors a contact works for.
	 * @param contactId the contact
	 * @return the vendors, by name
	 */
	public List<Vendor> supportedBy(Long contactId) {
		return this.vendors.findByPerson(contactId);
	}

	/**
	 * Renewals and notice deadlines from today to {@link #RENEWAL_WINDOW_DAYS} days
	 * ahead, the soonest deadline first.
	 * @return the renewals
	 */
	public List<Renewal> renewals() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate until = today.plusDays(RENEWAL_WINDOW_DAYS);
		return this.vendors.findRenewingFrom(today)
			.stream()
			.filter((v) -> !v.getRenewalDate().isAfter(until) || !v.getNoticeDeadline().isAfter(until))
			.map((v) -> new Renewal(v, v.getRenewalDate(), v.getNoticeDeadline(),
					ChronoUnit.DAYS.between(today, v.getNoticeDeadline()),
					ChronoUnit.DAYS.between(today, v.getRenewalDate())))
			.sorted(Comparator.comparing((Renewal r) -> r.isNoticePassed() ? r.renewalDate() : r.noticeDeadline()))
			.toList();
	}

	@Transactional
	public Vendor create(VendorForm form) {
		if (this.vendors.existsByNameIgnoreCase(form.getName().trim())) {
			throw new FieldException("name", "vendor.name.duplicate");
		}
		Vendor vendor = new Vendor(form.getName().trim(), form.getKind(), form.getStatus());
		apply(vendor, form);
		return saveUnique(vendor);
	}

	@Transactional
	public Vendor update(Long id, VendorForm form) {
		Vendor vendor = get(id);
		vendor.checkVersion(form.getVersion());
		if (this.vendors.existsByNameIgnoreCaseAndIdNot(form.getName().trim(), id)) {
			throw new FieldException("name", "vendor.name.duplicate");
		}
		vendor.setName(form.getName().trim());
		vendor.setKind(form.getKind());
		vendor.setStatus(form.getStatus());
		apply(vendor, form);
		return saveUnique(vendor);
	}

	@Transactional
	public VendorRating rate(Long vendorId, RatingForm form) {
		Vendor vendor = get(vendorId);
		return this.ratings.save(new VendorRating(vendor, form.getRatedOn(), form.getScore(),
				(form.getComment() == null || form.getComment().isBlank()) ? null : form.getComment().trim()));
	}

	private void apply(Vendor vendor, VendorForm form) {
		if (form.getContractStart() != null && form.getContractEnd() != null
				&& form.getContractEnd().isBefore(form.getContractStart())) {
			throw new FieldException("contractEnd", "vendor.contractEnd.beforeStart");
		}
		if (form.getAnnualCost() != null && form.getCurrency() == null) {
			throw new FieldException("currency", "vendor.currency.required");
		}
		vendor.setServices(Text.blankToNull(form.getServices()));
		vendor.setWebsite(Text.blankToNull(form.getWebsite()));
		vendor.setContractStart(form.getContractStart());
		vendor.setContractEnd(form.getContractEnd());
		vendor.setRenewalDate(form.getRenewalDate());
		vendor.setNoticeDays(form.getNoticeDays());
		vendor.setAnnualCost(form.getAnnualCost());
		vendor.setCurrency(Text.blankToNull(form.getCurrency()));
		vendor.setSlaNotes(Text.blankToNull(form.getSlaNotes()));
		if (form.getPrimaryContactId() == null) {
			vendor.setPrimaryContact(null);
		}
		else {
			vendor.setPrimaryContact(FieldException.whenMissing("primaryContactId", "vendor.primaryContact.unknown",
					() -> this.users.getReference(form.getPrimaryContactId())));
		}
		List<Contact> people = this.people.chosen(form);
		vendor.getPeople().clear();
		vendor.getPeople().addAll(people);
		vendor.getSupportedServices().clear();
		vendor.getSupportedServices().addAll(chosen(services(), form.getServiceIds(), Channel::getId, "serviceIds"));
		vendor.getSupportedAccounts().clear();
		vendor.getSupportedAccounts().addAll(chosen(accounts(), form.getAccountIds(), Account::getId, "accountIds"));
	}

	private static <T> List<T> chosen(List<T> all, List<Long> ids, java.util.function.Function<T, Long> id,
			String field) {
		java.util.Set<Long> wanted = new HashSet<>(ids);
		List<T> found = all.stream().filter((item) -> wanted.contains(id.apply(item))).toList();
		if (found.size() != wanted.size()) {
			throw new FieldException(field, "vendor.link.unknown");
		}
		return found;
	}

	private Vendor saveUnique(Vendor vendor) {
		try {
			return this.vendors.saveAndFlush(vendor);
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldException("name", "vendor.name.duplicate");
		}
	}

}
