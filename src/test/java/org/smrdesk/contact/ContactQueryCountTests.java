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
		this.service = this.jdbc.queryForObject("""
				insert into social_services (name, kind, created_at, created_by, updated_at, updated_by)
				values (?, 'BLOG', now(), 'test', now(), 'test') returning id""", Long.class,
				"Count Blogs " + this.unique);
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
			this.jdbc.update("""
					insert into contacts (kind, name, state, owner_id, created_at, created_by, updated_at, updated_by)
					values ('BLOGGER', ?, 'ENGAGED', ?, now(), 'test', now(), 'test')""", "Counted " + this.unique + i,
					owner);
			this.jdbc.update("""
					insert into vendors (name, kind, status, primary_contact_id, renewal_date, notice_days,
					                     created_at, created_by, updated_at, updated_by)
					values (?, 'OTHER', 'ACTIVE', ?, current_date + 30, 10, now(), 'test', now(), 'test')""",
					"Counted " + this.unique + i, owner);
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
		long contact = this.jdbc.queryForObject("""
				insert into contacts (kind, name, state, created_at, created_by, updated_at, updated_by)
				values ('BLOGGER', ?, 'ENGAGED', now(), 'test', now(), 'test') returning id""", Long.class,
				"Busy " + n + " " + this.unique);
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
		long vendor = this.jdbc.queryForObject("""
				insert into vendors (name, kind, status, created_at, created_by, updated_at, updated_by)
				values (?, 'AGENCY', 'ACTIVE', now(), 'test', now(), 'test') returning id""", Long.class,
				"Busy vendor " + n + " " + this.unique);
		for (int i = 0; i < n; i++) {
			String email = TestData.user(this.jdbc, Role.STAFF, "Count vendor department " + i + " " + this.unique);
			long user = TestData.userId(this.jdbc, email);
			long department = TestData.department(this.jdbc, "Count vendor department " + i + " " + this.unique);
			long person = this.jdbc.queryForObject("""
					insert into contacts (kind, name, state, created_at, created_by, updated_at, updated_by)
					values ('VENDOR_CONTACT', ?, 'ENGAGED', now(), 'test', now(), 'test') returning id""", Long.class,
					"Vendor person " + i + " " + this.unique);
			long ownService = this.jdbc.queryForObject("""
					insert into social_services (name, kind, created_at, created_by, updated_at, updated_by)
					values (?, 'FORUM', now(), 'test', now(), 'test') returning id""", Long.class,
					"Count service " + n + " " + i + " " + this.unique);
			long account = this.jdbc.queryForObject(
					"""
							insert into accounts (service_id, handle, department_id, owner_id, created_at, created_by, updated_at, updated_by)
							values (?, ?, ?, ?, now(), 'test', now(), 'test') returning id""",
					Long.class, ownService, "@count" + i, department, user);
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
		return this.jdbc.queryForObject("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id,
				                        created_at, created_by, updated_at, updated_by)
				values (?, ?, 'ARTICLE', 'Counted article', current_date, ?, now(), 'test', now(), 'test')
				returning id""", Long.class, department, this.service, owner);
	}

}
