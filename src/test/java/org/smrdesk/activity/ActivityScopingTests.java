package org.smrdesk.activity;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Department scoping of activities, enforced on the server: HR staff cannot change a
 * Marketing activity by form or by URL, nor log one for Marketing.
 */
@IntegrationTest
class ActivityScopingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private String marketingDepartment;

	private long marketingId;

	private long hrId;

	private UserDetails hrStaff;

	private UserDetails lead;

	private long serviceId;

	private long marketingActivity;

	private long hrActivity;

	private long marketer;

	private long marketingAccount;

	private long hrAccount;

	@BeforeEach
	void createData() {
		this.marketingDepartment = AwarenessFixtures.unique("Scoping Marketing");
		String hrDepartment = AwarenessFixtures.unique("Scoping HR");
		String marketer = TestData.user(this.jdbc, Role.STAFF, this.marketingDepartment);
		this.hrStaff = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, hrDepartment));
		this.lead = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, hrDepartment));
		this.marketingId = TestData.department(this.jdbc, this.marketingDepartment);
		this.hrId = TestData.department(this.jdbc, hrDepartment);
		this.serviceId = AwarenessFixtures.service(this.jdbc, AwarenessFixtures.unique("Scoping service"));
		this.marketingActivity = AwarenessFixtures.activity(this.jdbc, this.marketingId, this.serviceId,
				TestData.userId(this.jdbc, marketer), "Marketing launch post", LocalDate.now());
		this.hrActivity = AwarenessFixtures.activity(this.jdbc, this.hrId, this.serviceId,
				TestData.userId(this.jdbc, this.hrStaff.getUsername()), "HR job post", LocalDate.now());
		this.marketer = TestData.userId(this.jdbc, marketer);
		this.marketingAccount = account(this.marketingId, this.marketer, "@marketing");
		this.hrAccount = account(this.hrId, TestData.userId(this.jdbc, this.hrStaff.getUsername()), "@hr");
	}

	private long account(long departmentId, long ownerId, String handle) {
		return TestData.account(this.serviceId, AwarenessFixtures.unique(handle), departmentId, ownerId)
			.insert(this.jdbc);
	}

	private int countTitled(String title) {
		return this.jdbc.queryForObject("select count(*) from activities where title = ?", Integer.class, title);
	}

	private String title(long id) {
		return this.jdbc.queryForObject("select title from activities where id = ?", String.class, id);
	}

	@Test
	void hrStaffCannotOpenTheEditFormOfAMarketingActivity() throws Exception {
		this.mvc.perform(get("/activities/{id}/edit", this.marketingActivity).with(user(this.hrStaff)))
			.andExpect(status().isForbidden());
	}

	@Test
	void hrStaffCannotSaveAMarketingActivityByPostingTheFormToItsUrl() throws Exception {
		this.mvc
			.perform(post("/activities/{id}/edit", this.marketingActivity)
				.with(activityForm(this.hrStaff, "POST", "Taken over by HR", this.hrId, "DONE"))
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(title(this.marketingActivity)).isEqualTo("Marketing launch post");
	}

	@Test
	void hrStaffCannotDeleteAMarketingActivity() throws Exception {
		this.mvc.perform(post("/activities/{id}/delete", this.marketingActivity).with(user(this.hrStaff)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(title(this.marketingActivity)).isEqualTo("Marketing launch post");
	}

	@Test
	void hrStaffCannotMoveTheirOwnActivityIntoMarketing() throws Exception {
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.hrStaff, "POST", "Moved", this.marketingId, "DONE"))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "departmentId", "scope.ownDepartment"));
		assertThat(title(this.hrActivity)).isEqualTo("HR job post");
	}

	@Test
	void hrStaffCannotLogAnActivityForMarketing() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from activities where department_id = ?",
				Integer.class, this.marketingId);
		this.mvc
			.perform(post("/activities/new")
				.with(activityForm(this.hrStaff, "POST", "Sneaked in", this.marketingId, "DONE")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "departmentId", "scope.ownDepartment"));
		assertThat(this.jdbc.queryForObject("select count(*) from activities where department_id = ?", Integer.class,
				this.marketingId))
			.isEqualTo(before);
	}

	@Test
	void hrStaffEditAndDeleteTheirOwnDepartmentsActivity() throws Exception {
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.hrStaff, "EVENT", "HR open day", this.hrId, "PLANNED"))
				.param("version", "0"))
			.andExpect(redirectedUrl("/activities/" + this.hrActivity));
		assertThat(title(this.hrActivity)).isEqualTo("HR open day");
		this.mvc.perform(post("/activities/{id}/delete", this.hrActivity).with(user(this.hrStaff)).with(csrf()))
			.andExpect(redirectedUrl("/activities"));
		assertThat(this.jdbc.queryForObject("select count(*) from activities where id = ?", Integer.class,
				this.hrActivity))
			.isZero();
	}

	@Test
	void theLeadEditsAnyDepartmentsActivity() throws Exception {
		this.mvc.perform(get("/activities/{id}/edit", this.marketingActivity).with(user(this.lead)))
			.andExpect(status().isOk());
	}

	@Test
	void aStaleSaveShowsTheConflictAndKeepsTheInput() throws Exception {
		this.jdbc.update("update activities set version = version + 1 where id = ?", this.hrActivity);
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.hrStaff, "POST", "My stale edit", this.hrId, "DONE"))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else saved this record")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("My stale edit")));
	}

	@Test
	void theQuickFormWithoutATitleShowsTheErrorBesideTheFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/activities/new").with(user(this.hrStaff))
				.with(csrf())
				.param("kind", "REPLY")
				.param("title", "")
				.param("link", "not a link")
				.param("activityDate", LocalDate.now().toString())
				.param("serviceId", Long.toString(this.serviceId))
				.param("departmentId", Long.toString(this.hrId))
				.param("ownerId", Long.toString(TestData.userId(this.jdbc, this.hrStaff.getUsername())))
				.param("status", "DONE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "link"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"not a link\"")));
	}

	@Test
	void theFormOffersHrStaffOnlyTheirDepartmentsAccountsAndPeople() throws Exception {
		String marketingHandle = this.jdbc.queryForObject("select handle from accounts where id = ?", String.class,
				this.marketingAccount);
		String hrHandle = this.jdbc.queryForObject("select handle from accounts where id = ?", String.class,
				this.hrAccount);
		String marketerName = this.jdbc.queryForObject("select display_name from users where id = ?", String.class,
				this.marketer);
		this.mvc.perform(get("/activities/new").with(user(this.hrStaff)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(hrHandle)))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(marketingHandle))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(marketerName))));
	}

	@Test
	void hrStaffCannotAttachAMarketingAccountToANewActivity() throws Exception {
		this.mvc
			.perform(post("/activities/new")
				.with(activityForm(this.hrStaff, "POST", "Posted as Marketing", this.hrId, "DONE"))
				.param("accountId", Long.toString(this.marketingAccount)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "accountId", "activity.account.otherDepartment"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Posted as Marketing")));
		assertThat(countTitled("Posted as Marketing")).isZero();
	}

	@Test
	void hrStaffCannotAttachAMarketingAccountToTheirActivity() throws Exception {
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.hrStaff, "POST", "Now as Marketing", this.hrId, "DONE"))
				.param("accountId", Long.toString(this.marketingAccount))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "accountId", "activity.account.otherDepartment"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Now as Marketing")));
		assertThat(title(this.hrActivity)).isEqualTo("HR job post");
		assertThat(
				this.jdbc.queryForObject("select account_id from activities where id = ?", Long.class, this.hrActivity))
			.isNull();
	}

	@Test
	void hrStaffCannotMakeAMarketingPersonTheOwnerOfTheirActivity() throws Exception {
		this.mvc
			.perform(post("/activities/new")
				.with(activityForm(this.hrStaff, "POST", "Blamed on Marketing", this.hrId, "DONE"))
				.param("ownerId", Long.toString(this.marketer)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerId", "activity.owner.otherDepartment"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Blamed on Marketing")));
		assertThat(countTitled("Blamed on Marketing")).isZero();
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.hrStaff, "POST", "Handed to Marketing", this.hrId, "DONE"))
				.param("ownerId", Long.toString(this.marketer))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerId", "activity.owner.otherDepartment"));
		assertThat(title(this.hrActivity)).isEqualTo("HR job post");
	}

	@Test
	void theApiRefusesAnotherDepartmentsAccountOrOwnerWithAProblemDetail() throws Exception {
		for (String field : new String[] { "accountId", "ownerId" }) {
			long value = field.equals("accountId") ? this.marketingAccount : this.marketer;
			this.mvc
				.perform(post("/api/v1/activities").with(httpBasic(this.hrStaff.getUsername(), TestData.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"kind": "POST", "title": "Api cross %s", "serviceId": %d, "%s": %d}""".formatted(field,
							this.serviceId, field, value)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(header().string("Content-Type",
						org.hamcrest.Matchers.containsString("application/problem+json")))
				.andExpect(jsonPath("$.errors[0].field").value(field));
			assertThat(countTitled("Api cross " + field)).isZero();
		}
	}

	@Test
	void hrStaffAttachTheirOwnAccountAndTheLeadAnyAccountAndOwner() throws Exception {
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.hrStaff, "POST", "On the HR account", this.hrId, "DONE"))
				.param("accountId", Long.toString(this.hrAccount))
				.param("version", "0"))
			.andExpect(redirectedUrl("/activities/" + this.hrActivity));
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.lead, "POST", "Lead's choice", this.hrId, "DONE"))
				.param("accountId", Long.toString(this.marketingAccount))
				.param("ownerId", Long.toString(this.marketer))
				.param("version", "1"))
			.andExpect(redirectedUrl("/activities/" + this.hrActivity));
		assertThat(
				this.jdbc.queryForObject("select owner_id from activities where id = ?", Long.class, this.hrActivity))
			.isEqualTo(this.marketer);
	}

	@Test
	void hrStaffKeepAnOwnerAndAccountTheLeadChoseWhenTheyEditSomethingElse() throws Exception {
		this.jdbc.update("update activities set owner_id = ?, account_id = ? where id = ?", this.marketer,
				this.marketingAccount, this.hrActivity);
		this.mvc
			.perform(post("/activities/{id}/edit", this.hrActivity)
				.with(activityForm(this.hrStaff, "POST", "Typo fixed", this.hrId, "DONE"))
				.param("ownerId", Long.toString(this.marketer))
				.param("accountId", Long.toString(this.marketingAccount))
				.param("version", "0"))
			.andExpect(redirectedUrl("/activities/" + this.hrActivity));
		assertThat(title(this.hrActivity)).isEqualTo("Typo fixed");
	}

	/**
	 * A signed-in, CSRF-protected activity form post with today's date, the test service
	 * and the user as owner.
	 */
	private RequestPostProcessor activityForm(UserDetails who, String kind, String title, long departmentId,
			String status) {
		long owner = TestData.userId(this.jdbc, who.getUsername());
		return (request) -> {
			request.addParameter("kind", kind);
			request.addParameter("title", title);
			request.addParameter("activityDate", LocalDate.now().toString());
			request.addParameter("serviceId", Long.toString(this.serviceId));
			request.addParameter("departmentId", Long.toString(departmentId));
			if (request.getParameter("ownerId") == null) {
				request.addParameter("ownerId", Long.toString(owner));
			}
			request.addParameter("status", status);
			return csrf().postProcessRequest(user(who).postProcessRequest(request));
		};
	}

}
