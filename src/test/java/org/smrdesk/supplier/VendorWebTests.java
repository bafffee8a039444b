package org.smrdesk.supplier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The vendor register: contract costs only for managers and the lead, in every format;
 * renewals and notice deadlines in the next 60 days; the lead's forms.
 */
@IntegrationTest
class VendorWebTests {

	private static final String COST_PAGE = "87,654.32";

	private static final String COST_RAW = "87654.32";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private VendorService vendors;

	private UserDetails staff;

	private UserDetails manager;

	private UserDetails lead;

	private String unique;

	@BeforeEach
	void signIn() {
		this.staff = this.userDetailsService.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Vendor Web"));
		this.manager = this.userDetailsService.loadUserByUsername(TestData.user(this.jdbc, Role.MANAGER, "Vendor Web"));
		this.lead = this.userDetailsService.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Vendor Web"));
		this.unique = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void staffNeverSeeTheCostWhileManagersAndTheLeadDo() throws Exception {
		long id = vendor("Costly " + this.unique, LocalDate.now().plusDays(20), 10, "ACTIVE");
		String name = "Costly " + this.unique;
		List<MockHttpServletRequestBuilder> pages = List.of(get("/vendors").param("q", name), get("/vendors/{id}", id),
				get("/vendors/renewals"), get("/"));
		List<MockHttpServletRequestBuilder> data = List.of(get("/vendors").param("format", "csv").param("q", name),
				get("/api/v1/vendors/{id}", id), get("/api/v1/vendors").param("q", name));
		for (MockHttpServletRequestBuilder page : pages) {
			assertThat(body(page, this.staff)).doesNotContain(COST_PAGE).doesNotContain(COST_RAW);
		}
		for (MockHttpServletRequestBuilder request : data) {
			assertThat(body(request, this.staff)).contains(name).doesNotContain(COST_RAW);
		}
		for (UserDetails reader : List.of(this.manager, this.lead)) {
			assertThat(body(get("/vendors").param("q", name), reader)).contains(COST_PAGE + " EUR");
			assertThat(body(get("/vendors/{id}", id), reader)).contains(COST_PAGE + " EUR");
			for (MockHttpServletRequestBuilder request : data) {
				assertThat(body(request, reader)).contains(COST_RAW);
			}
		}
		assertThat(body(get("/vendors").param("format", "csv").param("q", name), this.staff).lines().findFirst())
			.hasValueSatisfying((header) -> assertThat(header).doesNotContain("annual_cost"));
	}

	@Test
	void renewalsListTheNoticeDeadlinesAndRenewalsOfTheNextSixtyDays() {
		LocalDate today = LocalDate.now();
		vendor("Renews soon " + this.unique, today.plusDays(30), 0, "ACTIVE");
		vendor("Notice soon " + this.unique, today.plusDays(80), 30, "ACTIVE");
		vendor("Far away " + this.unique, today.plusDays(200), 30, "ACTIVE");
		vendor("Ended " + this.unique, today.plusDays(10), 0, "ENDED");
		vendor("Renewed already " + this.unique, today.minusDays(1), 0, "ACTIVE");
		List<Renewal> renewals = this.vendors.renewals()
			.stream()
			.filter((r) -> r.vendor().getName().endsWith(this.unique))
			.toList();
		assertThat(renewals).extracting((r) -> r.vendor().getName())
			.containsExactly("Renews soon " + this.unique, "Notice soon " + this.unique);
		Renewal notice = renewals.get(1);
		assertThat(notice.noticeDeadline()).isEqualTo(today.plusDays(50));
		assertThat(notice.daysToNotice()).isEqualTo(50);
		assertThat(notice.daysToRenewal()).isEqualTo(80);
	}

	@Test
	void theLeadSeesRenewalsOnTheHomePage() throws Exception {
		vendor("Home panel " + this.unique, LocalDate.now().plusDays(12), 5, "ACTIVE");
		assertThat(body(get("/"), this.lead)).contains("Vendor renewals (next 60 days)", "Home panel " + this.unique,
				"in 7 days");
		assertThat(body(get("/"), this.staff)).doesNotContain("Vendor renewals");
	}

	@Test
	void theLeadCreatesAVendorWithItsPeopleAndRatesIt() throws Exception {
		long person = TestData.contact("Vendor person " + this.unique)
			.with("kind", "VENDOR_CONTACT")
			.with("shared", true)
			.insert(this.jdbc);
		String location = this.mvc
			.perform(post("/vendors/new").with(user(this.lead))
				.with(csrf())
				.param("name", "New " + this.unique)
				.param("kind", "AGENCY")
				.param("status", "ACTIVE")
				.param("contractStart", "2026-01-01")
				.param("contractEnd", "2026-12-31")
				.param("renewalDate", "2027-01-01")
				.param("noticeDays", "30")
				.param("annualCost", "1200.50")
				.param("currency", "EUR")
				.param("contactIds", String.valueOf(person)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(body(get(location), this.lead)).contains("Vendor person " + this.unique, "2026-12-02",
				"1,200.50 EUR");
		this.mvc
			.perform(post(location + "/ratings").with(user(this.lead))
				.with(csrf())
				.param("score", "4")
				.param("ratedOn", LocalDate.now().toString())
				.param("comment", "Steady " + this.unique))
			.andExpect(status().is3xxRedirection());
		assertThat(body(get(location), this.staff)).contains("Steady " + this.unique, "average 4.0 / 5")
			.doesNotContain("1,200.50");
		assertThat(body(get("/contacts/{id}", person), this.staff)).contains("New " + this.unique);
	}

	/**
	 * The form offers the vendor's people as ticked boxes and adds others by name (a
	 * type-ahead over vendor contacts, 532 of them at the large size), not a list of
	 * every vendor contact.
	 */
	@Test
	void theFormListsTheVendorsPeopleOnlyAndAddsOthersByName() throws Exception {
		long kept = vendorContact("Qzk Kept " + this.unique);
		long added = vendorContact("Qzk Added " + this.unique);
		long other = vendorContact("Qzk Other " + this.unique);
		long notVendor = TestData.contact("Qzk Blogger " + this.unique).with("shared", true).insert(this.jdbc);
		assertThat(body(get("/vendors/new"), this.lead)).doesNotContain("Qzk Kept " + this.unique)
			.contains("data-lookup=\"/vendors/people/lookup\"");
		// the type-ahead offers vendor contacts whose name contains the text, nobody else
		String offered = body(get("/vendors/people/lookup").param("q", "QZK " + this.unique.toUpperCase() + "x"),
				this.lead);
		assertThat(offered).isEqualTo("[]");
		assertThat(body(get("/vendors/people/lookup").param("q", "added " + this.unique), this.lead))
			.isEqualTo("[{\"id\":" + added + ",\"name\":\"Qzk Added " + this.unique + "\"}]");
		assertThat(body(get("/vendors/people/lookup").param("q", this.unique), this.lead))
			.contains("Qzk Kept", "Qzk Other")
			.doesNotContain("Qzk Blogger");

		String created = this.mvc
			.perform(vendorForm(post("/vendors/new"), "Typed " + this.unique).param("contactIds", String.valueOf(kept))
				.param("addPerson", "qzk added " + this.unique)
				.param("addPersonId", "")
				.with(user(this.lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long vendor = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		assertThat(people(vendor)).containsExactlyInAnyOrder(kept, added);
		// the edit form ticks the vendor's people and lists nobody else
		assertThat(body(get("/vendors/{id}/edit", vendor), this.lead)).contains("Qzk Kept " + this.unique)
			.contains("Qzk Added " + this.unique)
			.doesNotContain("Qzk Other " + this.unique);

		// a name that is nobody's, or several people's, is refused beside the field and
		// kept
		for (String typed : List.of("Nobody by that name " + this.unique, "qzk")) {
			String refused = body(vendorForm(post("/vendors/{id}/edit", vendor), "Typed " + this.unique)
				.param("contactIds", String.valueOf(kept))
				.param("addPerson", typed)
				.param("addPersonId", String.valueOf(other))
				.param("version", version(vendor))
				.with(csrf()), this.lead);
			assertThat(refused).contains("is-invalid", "value=\"" + typed + "\"")
				.containsAnyOf("No vendor contact answers", "Several vendor contacts answer");
		}
		assertThat(people(vendor)).containsExactlyInAnyOrder(kept, added);
		// unticking everyone and adding the one chosen in the type-ahead
		this.mvc
			.perform(vendorForm(post("/vendors/{id}/edit", vendor), "Typed " + this.unique).param("_contactIds", "on")
				.param("addPerson", "Qzk Other " + this.unique)
				.param("addPersonId", String.valueOf(other))
				.param("version", version(vendor))
				.with(user(this.lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(people(vendor)).containsExactly(other);
		// someone who is not a vendor contact cannot be added, by name or by id
		assertThat(body(vendorForm(post("/vendors/{id}/edit", vendor), "Typed " + this.unique)
			.param("contactIds", String.valueOf(notVendor))
			.param("version", version(vendor))
			.with(csrf()), this.lead)).contains("Please choose contacts of kind");
		assertThat(people(vendor)).containsExactly(other);
	}

	@Test
	void onlyTheLeadLooksUpVendorContacts() throws Exception {
		this.mvc.perform(get("/vendors/people/lookup").param("q", "a").with(user(this.staff)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/vendors/people/lookup").param("q", "a").with(user(this.manager)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/vendors/people/lookup").param("q", "").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string("[]"));
	}

	private long vendorContact(String name) {
		return TestData.contact(name).with("kind", "VENDOR_CONTACT").with("shared", true).insert(this.jdbc);
	}

	private List<Long> people(long vendor) {
		return this.jdbc.queryForList("select contact_id from vendor_contacts where vendor_id = ?", Long.class, vendor);
	}

	private String version(long vendor) {
		return String.valueOf(this.jdbc.queryForObject("select version from vendors where id = ?", Long.class, vendor));
	}

	private static MockHttpServletRequestBuilder vendorForm(MockHttpServletRequestBuilder request, String name) {
		return request.param("name", name)
			.param("kind", "AGENCY")
			.param("status", "ACTIVE")
			.param("contractStart", "2026-01-01")
			.param("contractEnd", "2026-12-31")
			.param("currency", "EUR");
	}

	@Test
	void aContractEndingBeforeItStartsIsRefusedBesideTheField() throws Exception {
		assertThat(body(post("/vendors/new").with(csrf())
			.param("name", "Backwards " + this.unique)
			.param("kind", "AGENCY")
			.param("status", "ACTIVE")
			.param("contractStart", "2026-06-01")
			.param("contractEnd", "2026-01-01")
			.param("currency", "eur")
			.param("website", "not a url"), this.lead))
			.contains("id=\"currency-errors\"", "id=\"website-errors\"", "value=\"Backwards " + this.unique);
		assertThat(body(post("/vendors/new").with(csrf())
			.param("name", "Backwards " + this.unique)
			.param("kind", "AGENCY")
			.param("status", "ACTIVE")
			.param("contractStart", "2026-06-01")
			.param("contractEnd", "2026-01-01"), this.lead))
			.contains("id=\"contractEnd-errors\"", "Must not be before the contract start.");
		assertThat(this.jdbc.queryForObject("select count(*) from vendors where name = ?", Long.class,
				"Backwards " + this.unique))
			.isZero();
	}

	private String body(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return this.mvc.perform(request.with(user(who)))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long vendor(String name, LocalDate renewal, int noticeDays, String status) {
		return TestData.vendor(name)
			.with("kind", "MONITORING")
			.with("status", status)
			.with("renewal_date", renewal)
			.with("notice_days", noticeDays)
			.sql("annual_cost", "87654.32")
			.with("currency", "EUR")
			.insert(this.jdbc);
	}

}
