package org.smrdesk.policy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.SettingsVariantTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The policy pages through the whole application: forms keep input and show errors, two
 * leads editing one draft, safe rendering, acknowledgement, and bounded SQL per page.
 */
@SettingsVariantTest
class PolicyWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PolicyService policies;

	@Autowired
	private PolicyEditor editor;

	@Autowired
	private PolicyVersionWorkflow workflow;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private PolicyFixtures fixtures;

	private CurrentUser lead;

	private CurrentUser staff;

	private long departmentId;

	@BeforeEach
	void setUp() {
		this.fixtures = new PolicyFixtures(this.jdbc, this.userDetails, this.policies, this.editor, this.workflow);
		String department = this.fixtures.department("Web");
		this.departmentId = this.fixtures.departmentId(department);
		this.lead = this.fixtures.user(Role.LEAD, department);
		this.staff = this.fixtures.user(Role.STAFF, department);
	}

	@Test
	void twoLeadsEditingTheSameDraftTheSecondGetsAConflictAndKeepsWhatTheyTyped() throws Exception {
		CurrentUser otherLead = this.fixtures.user(Role.LEAD, this.fixtures.department("Web other"));
		Policy policy = this.editor.create(this.fixtures.form("Conflict", List.of(this.departmentId), this.lead),
				this.lead);
		PolicyVersion draft = this.fixtures.firstVersion(policy, this.lead);
		String edit = "/policies/" + policy.getId() + "/versions/" + draft.getId() + "/edit";
		this.mvc.perform(get(edit).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc.perform(get(edit).with(user(otherLead))).andExpect(status().isOk());

		this.mvc
			.perform(post(edit).with(user(this.lead))
				.with(csrf())
				.param("version", "0")
				.param("changeSummary", "First save")
				.param("body", "Text of the first lead"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(edit).with(user(otherLead))
				.with(csrf())
				.param("version", "0")
				.param("changeSummary", "Second save")
				.param("body", "Text the second lead typed with care"))
			.andExpect(status().isOk())
			.andExpect(view().name("policies/version-form"))
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("Text the second lead typed with care")))
			.andExpect(content().string(containsString("value=\"Second save\"")));
		assertThat(this.fixtures.reload(policy, draft, this.lead).getBody()).isEqualTo("Text of the first lead");
	}

	@Test
	void aNewPolicyWithMissingFieldsShowsErrorsBesideTheFieldsAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/policies/new").with(user(this.lead))
				.with(csrf())
				.param("title", "Half-typed policy")
				.param("reviewCycleMonths", "many")
				.param("body", "Some **text**"))
			.andExpect(status().isOk())
			.andExpect(view().name("policies/form"))
			.andExpect(model().attributeHasFieldErrors("form", "kind", "ownerId", "reviewCycleMonths", "nextReviewOn"))
			.andExpect(content().string(containsString("value=\"Half-typed policy\"")))
			.andExpect(content().string(containsString("Some **text**")))
			.andExpect(content().string(containsString("id=\"kind-errors\"")));
	}

	@Test
	void aNewPolicyNeedsDepartmentsOrAll() throws Exception {
		this.mvc
			.perform(post("/policies/new").with(user(this.lead))
				.with(csrf())
				.param("title", "Nobody's policy")
				.param("kind", "BLOGGING")
				.param("ownerId", String.valueOf(this.lead.id()))
				.param("reviewCycleMonths", "12")
				.param("nextReviewOn", "2027-01-31")
				.param("body", "Text"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "departmentIds", "policy.departments.required"));
	}

	@Test
	void theLeadCreatesAPolicyThroughTheForm() throws Exception {
		String title = "Form-made policy " + this.fixtures.suffix;
		ResultActions result = this.mvc
			.perform(post("/policies/new").with(user(this.lead))
				.with(csrf())
				.param("title", title)
				.param("kind", "DISCLOSURE")
				.param("ownerId", String.valueOf(this.lead.id()))
				.param("departmentIds", String.valueOf(this.departmentId))
				.param("reviewCycleMonths", "6")
				.param("nextReviewOn", "2027-01-31")
				.param("body", "Always say who pays you."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "policy.created"));
		String location = result.andReturn().getResponse().getRedirectedUrl();
		this.mvc.perform(get(location).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Draft")));
	}

	@Test
	void aPublishedBodyIsRenderedWithoutItsScripts() throws Exception {
		PolicyForm form = this.fixtures.form("Hostile", List.of(this.departmentId), this.lead);
		form.setBody("Be **kind**.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
				+ "[bad](javascript:alert(1)) [good](https://example.com)");
		Policy policy = this.editor.create(form, this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);
		this.workflow.submitForReview(policy.getId(), version.getId(), this.lead);
		this.workflow.publish(policy.getId(), version.getId(), this.lead);

		this.mvc.perform(get("/policies/" + policy.getId()).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>kind</strong>")))
			.andExpect(content().string(containsString("rel=\"nofollow noopener noreferrer\"")))
			.andExpect(content().string(not(containsString("alert("))))
			.andExpect(content().string(not(containsString("onerror"))))
			.andExpect(content().string(not(containsString("javascript:"))));
	}

	@Test
	void theAcknowledgementsPageShowsFiftyPeopleAPage() throws Exception {
		String department = this.fixtures.department("Web Many");
		long departmentId = TestData.department(this.jdbc, department);
		for (int i = 0; i < 60; i++) {
			TestData.user(this.jdbc, Role.STAFF, department);
		}
		Policy policy = this.fixtures.published("Paged", List.of(departmentId), this.lead);
		String page = "/policies/" + policy.getId() + "/acknowledgements";

		String first = this.mvc.perform(get(page).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get(page).param("page", "1").with(user(this.lead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(first.split("@test.example", -1)).hasSize(51);
		assertThat(second.split("@test.example", -1)).hasSize(11);
		this.mvc.perform(get(page).param("sort", "name").with(user(this.lead))).andExpect(status().isBadRequest());
	}

	@Test
	void staffAcknowledgeOnceFromThePolicyPage() throws Exception {
		Policy policy = this.fixtures.published("Acknowledge", List.of(this.departmentId), this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);
		String show = "/policies/" + policy.getId();
		this.mvc.perform(get(show).with(user(this.staff)))
			.andExpect(content().string(containsString("id=\"acknowledge\"")));
		String acknowledge = show + "/versions/" + version.getId() + "/acknowledge";
		this.mvc.perform(post(acknowledge).with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl(show))
			.andExpect(flash().attribute("message", "policy.acknowledged"));
		this.mvc.perform(post(acknowledge).with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("message", "policy.acknowledged.already"));
		this.mvc.perform(get(show).with(user(this.staff)))
			.andExpect(content().string(not(containsString("id=\"acknowledge\""))))
			.andExpect(content().string(containsString("You acknowledged this version")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from policy_acknowledgements where version_id = ? and user_id = ?", Integer.class,
				version.getId(), this.staff.id()))
			.isEqualTo(1);
	}

	@Test
	void staffOfAnotherDepartmentCannotAcknowledgeByPostingToTheUrl() throws Exception {
		CurrentUser outsider = this.fixtures.user(Role.STAFF, this.fixtures.department("Web Outside"));
		Policy policy = this.fixtures.published("Not outside", List.of(this.departmentId), this.lead);
		PolicyVersion version = this.fixtures.firstVersion(policy, this.lead);
		String show = "/policies/" + policy.getId();
		this.mvc.perform(get(show).with(user(outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"acknowledge\""))));
		this.mvc.perform(post(show + "/versions/" + version.getId() + "/acknowledge").with(user(outsider)).with(csrf()))
			.andExpect(redirectedUrl(show))
			.andExpect(flash().attribute("error", "policy.acknowledge.notForYou"));
		assertThat(this.jdbc.queryForObject("select count(*) from policy_acknowledgements where version_id = ?",
				Integer.class, version.getId()))
			.isZero();
	}

	@Test
	void theAcknowledgementExportListsWhoHasNot() throws Exception {
		Policy policy = this.fixtures.published("Export", List.of(this.departmentId), this.lead);
		this.mvc
			.perform(get("/policies/" + policy.getId() + "/acknowledgements").param("format", "csv")
				.with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("policy,version,name,email,department,acknowledged_at")))
			.andExpect(content().string(containsString(this.staff.email())));
	}

	@Test
	void pagesIssueABoundedNumberOfQueries() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Policy policy = this.fixtures.published("Bounded " + i, List.of(this.departmentId), this.lead);
			this.policies.startNewDraft(policy.getId(), "Next", this.lead);
			ids.add(policy.getId());
		}
		CurrentUser manager = this.fixtures.user(Role.MANAGER, this.fixtures.department("Web managers"));
		long list = statements(get("/policies").param("q", this.fixtures.suffix), this.lead);
		long listStaff = statements(get("/policies").param("q", this.fixtures.suffix), this.staff);
		long show = statements(get("/policies/" + ids.get(0)), this.lead);
		long homeStaff = statements(get("/"), this.staff);
		statements(get("/"), this.lead);
		long homeLead = statements(get("/"), this.lead);
		long homeManager = statements(get("/"), manager);
		System.out.printf("SQL statements: list %d (staff %d), show %d, home staff %d, lead %d, manager %d%n", list,
				listStaff, show, homeStaff, homeLead, homeManager);
		assertThat(list).isLessThanOrEqualTo(8);
		assertThat(listStaff).isLessThanOrEqualTo(8);
		assertThat(show).isLessThanOrEqualTo(12);
		assertThat(homeStaff).isLessThanOrEqualTo(10);
		// the company-wide figures of the lead's and managers' home pages are kept a
		// minute, as in production (CompanyFigures): the first view above computed them
		assertThat(homeLead).isLessThanOrEqualTo(10);
		assertThat(homeManager).isLessThanOrEqualTo(10);
	}

	private long statements(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			CurrentUser reader) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		this.mvc.perform(request.with(user(reader))).andExpect(status().isOk());
		long count = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);
		return count;
	}

}
