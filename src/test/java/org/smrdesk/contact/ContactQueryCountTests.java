package org.smrdesk.contact;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact and vendor pages issue a bounded number of SQL statements: as many for a
 * record with 25 interactions, activities, people and links as for one with a single
 * each, and lists as many for 11 matches as for 30 (a page of 5 plus the count).
 */
@IntegrationTest
class ContactQueryCountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	private UserDetails lead;

	private String unique;

	private long service;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
		this.lead = this.userDetailsService.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Count Lead"));
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.service = TestData.channel("Count Blogs " + this.unique).insert(this.jdbc);
	}

	@AfterEach
	void disableStatistics() {
		this.statistics.setStatisticsEnabled(false);
	}

	@Test
	void aContactPageCostsTheSameWhateverItsHistory() throws Exception {
		long small = contactWith(1);
		long large = contactWith(25);
		long smallCount = statements("/contacts/" + small);
		long largeCount = statements("/contacts/" + large);
		System.out.println("SQL statements: contact page " + smallCount + " (1 each), " + largeCount + " (25 each)");
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(10);
	}

	@Test
	void theContactAndVendorListsCostTheSameWhateverTheirSize() throws Exception {
		for (int i = 0; i < 30; i++) {
			long owner = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, "Count " + i));
			TestData.contact("Counted " + this.unique + i).with("owner_id", owner).insert(this.jdbc);
			TestData.vendor("Counted " + this.unique + i)
				.with("kind", "OTHER")
				.with("primary_contact_id", owner)
				.sql("renewal_date", "current_date + 30")
				.with("notice_days", 10)
				.insert(this.jdbc);
		}
		long contactsOne = statements("/contacts?size=5&q=counted " + this.unique + "1");
		long contactsAll = statements("/contacts?size=5&q=counted " + this.unique);
		long vendorsOne = statements("/vendors?size=5&q=counted " + this.unique + "1");
		long vendorsAll = statements("/vendors?size=5&q=counted " + this.unique);
		long renewals = statements("/vendors/renewals");
		System.out.println("SQL statements: contacts list " + contactsOne + "/" + contactsAll + ", vendors list "
				+ vendorsOne + "/" + vendorsAll + ", renewals " + renewals);
		assertThat(contactsAll).isEqualTo(contactsOne).isLessThanOrEqualTo(5);
		assertThat(vendorsAll).isEqualTo(vendorsOne).isLessThanOrEqualTo(5);
		assertThat(renewals).isLessThanOrEqualTo(3);
	}

	@Test
	void aVendorPageCostsTheSameWhateverItsLinks() throws Exception {
		long small = vendorWith(1);
		long large = vendorWith(25);
		long smallCount = statements("/vendors/" + small);
		long largeCount = statements("/vendors/" + large);
		System.out.println("SQL statements: vendor page " + smallCount + " (1 each), " + largeCount + " (25 each)");
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(12);
	}

	private long statements(String path) throws Exception {
		this.statistics.clear();
		this.mvc.perform(get(path).with(user(this.lead))).andExpect(status().isOk());
		return this.statistics.getPrepareStatementCount();
	}

	private long contactWith(int n) {
		long contact = TestData.contact("Busy " + n + " " + this.unique).insert(this.jdbc);
		for (int i = 0; i < n; i++) {
			String email = TestData.user(this.jdbc, Role.STAFF, "Count department " + i + " " + this.unique);
			long user = TestData.userId(this.jdbc, email);
			this.jdbc.update("""
					insert into interactions (contact_id, kind, occurred_on, user_id, summary, created_at, created_by,
					                          updated_at, updated_by)
					values (?, 'CALL', current_date, ?, 'Call', now(), 'test', now(), 'test')""", contact, user);
			this.jdbc.update("insert into activity_contacts (activity_id, contact_id) values (?, ?)",
					activity(TestData.department(this.jdbc, "Count department " + i + " " + this.unique), user),
					contact);
		}
		return contact;
	}

	private long vendorWith(int n) {
		long vendor = TestData.vendor("Busy vendor " + n + " " + this.unique).insert(this.jdbc);
		for (int i = 0; i < n; i++) {
			String email = TestData.user(this.jdbc, Role.STAFF, "Count vendor department " + i + " " + this.unique);
			long user = TestData.userId(this.jdbc, email);
			long department = TestData.department(this.jdbc, "Count vendor department " + i + " " + this.unique);
			long person = TestData.contact("Vendor person " + i + " " + this.unique)
				.with("kind", "VENDOR_CONTACT")
				.insert(this.jdbc);
			long ownService = TestData.channel("Count service " + n + " " + i + " " + this.unique)
				.with("kind", "FORUM")
				.insert(this.jdbc);
			long account = TestData.account(ownService, "@count" + i, department, user).insert(this.jdbc);
			this.jdbc.update("insert into vendor_contacts (vendor_id, contact_id) values (?, ?)", vendor, person);
			this.jdbc.update("insert into vendor_services (vendor_id, service_id) values (?, ?)", vendor, ownService);
			this.jdbc.update("insert into vendor_accounts (vendor_id, account_id) values (?, ?)", vendor, account);
			this.jdbc.update("insert into vendor_activities (vendor_id, activity_id) values (?, ?)", vendor,
					activity(department, user));
			this.jdbc.update(
					"""
							insert into vendor_ratings (vendor_id, rated_on, score, created_at, created_by, updated_at, updated_by)
							values (?, current_date, 4, now(), 'test', now(), 'test')""",
					vendor);
		}
		return vendor;
	}

	private long activity(long department, long owner) {
		return TestData.activity(department, this.service, owner)
			.with("kind", "ARTICLE")
			.with("title", "Counted article")
			.insert(this.jdbc);
	}

}
