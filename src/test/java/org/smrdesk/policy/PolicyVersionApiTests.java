package org.smrdesk.policy;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTeam;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.refused;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The versions of a policy through the API, with the pages' workflow: the lead opens a
 * draft, revises it under {@code If-Match}, submits it, returns it (changes requested),
 * publishes it (the staff concerned are asked to acknowledge) and retires it; staff see
 * published versions only; every refusal is a problem detail.
 */
@IntegrationTest
class PolicyVersionApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private ApiTeam team;

	@BeforeEach
	void callers() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String department = "Api Versions " + this.unique;
		this.team = this.api.team(department);
	}

	@Test
	void theLeadTakesADraftThroughReviewToPublicationAndTheStaffConcernedAreAskedToAcknowledge() throws Exception {
		String policy = createPolicy("Api workflow " + this.unique);
		String versions = policy + "/versions";
		this.team.lead()
			.get(versions)
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(header().exists("Link"))
			.andExpect(jsonPath("$.content[0].state").value("DRAFT"));
		this.team.staff().get(versions).andExpect(problem(404));
		String draft = versions + "/" + firstVersionId(policy);

		String read = this.team.lead().etag(draft);
		MvcResult revised = this.team.lead()
			.put(draft, read, """
					{"body": "Say who you work for.", "changeSummary": "Disclosure first"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("Say who you work for."))
			.andReturn();
		String current = revised.getResponse().getHeader("ETag");
		assertThat(current).isNotEqualTo(read);
		this.team.lead().put(draft, read, """
				{"body": "Lost update", "changeSummary": "Stale"}""").andExpect(stale());
		this.team.lead().post(draft + "/submit", read, null).andExpect(stale());

		current = transition(draft + "/submit", current, "IN_REVIEW");
		current = transition(draft + "/return", current, "DRAFT");
		current = transition(draft + "/submit", current, "IN_REVIEW");
		this.team.staff().get(draft).andExpect(problem(404));
		transition(draft + "/publish", current, "PUBLISHED");

		this.team.staff().get(draft).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PUBLISHED"));
		this.team.staff().get(versions).andExpect(header().string("X-Total-Count", "1"));
		assertThat(acknowledgementRequests(this.team.staff(), policy)).isEqualTo(1);
		assertThat(this.api.jdbc()
			.queryForObject(
					"select count(*) from audit_log where entity_type = 'PolicyVersion' and action = 'UPDATE'"
							+ " and entity_id = ? and actor = ?",
					Integer.class, Long.parseLong(firstVersionId(policy)), this.team.lead().email()))
			.isEqualTo(5);
	}

	@Test
	void theWorkflowRefusesWhatThePagesRefuse() throws Exception {
		String policy = createPolicy("Api refusals " + this.unique);
		String draft = policy + "/versions/" + firstVersionId(policy);
		String tag = this.team.lead().etag(draft);
		this.team.lead().put(draft, tag, """
				{"body": " ", "changeSummary": "Blank text"}""").andExpect(invalid("body"));
		this.team.lead().post(draft + "/publish", tag, null).andExpect(refused("policy.version.notInReview"));
		this.team.lead().post(draft + "/return", tag, null).andExpect(refused("policy.version.notInReview"));
		this.team.lead().post(draft + "/retire", tag, null).andExpect(refused("policy.version.notPublished"));
		this.team.manager().post(draft + "/submit", tag, null).andExpect(problem(403));
		this.team.staff().post(draft + "/submit", tag, null).andExpect(problem(403));
		this.team.manager().post(policy + "/versions", "{}").andExpect(problem(403));
		this.team.lead().post(policy + "/versions", """
				{"changeSummary": "%s"}""".formatted("x".repeat(301))).andExpect(invalid("changeSummary"));
		this.team.lead()
			.post(policy + "/versions", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(1));
		this.team.lead().get(policy + "/versions/999999999").andExpect(problem(404));
	}

	@Test
	void anOpenDraftStartsFromThePublishedTextAndPublishingItRetiresTheOldVersion() throws Exception {
		String policy = createPolicy("Api second version " + this.unique);
		String first = policy + "/versions/" + firstVersionId(policy);
		publish(first);
		String location = this.team.lead()
			.post(policy + "/versions", """
					{"changeSummary": "Name the video service"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.body").value("Be honest about who you work for."))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.team.lead()
			.put(location, this.team.lead().etag(location), """
					{"body": "Be honest about who you work for.\\nName the service.", "changeSummary": "Video"}""")
			.andExpect(status().isOk());
		this.team.manager()
			.get(policy + "/diff?from=" + id(first) + "&to=" + id(location))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(1))
			.andExpect(jsonPath("$.lines[1].change").value("ADDED"))
			.andExpect(jsonPath("$.lines[1].text").value("Name the service."));
		this.team.staff().get(policy + "/diff?from=" + id(first) + "&to=" + id(location)).andExpect(problem(404));
		publish(location);
		this.team.staff().get(first).andExpect(jsonPath("$.state").value("RETIRED"));
		this.team.lead()
			.put(location, this.team.lead().etag(location), """
					{"body": "Changed after publication", "changeSummary": "No"}""")
			.andExpect(refused("policy.version.immutable"));
		transition(location + "/retire", this.team.lead().etag(location), "RETIRED");
		this.team.lead()
			.post(location + "/retire", this.team.lead().etag(location), null)
			.andExpect(refused("policy.version.notPublished"));
	}

	@Test
	void theLeadMarksAPolicyReviewedUnderIfMatch() throws Exception {
		String policy = createPolicy("Api reviewed " + this.unique);
		String tag = this.team.lead().etag(policy);
		this.team.lead()
			.post(policy + "/reviewed", tag, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueForReview").value(false))
			.andExpect(jsonPath("$.nextReviewOn").value(org.hamcrest.Matchers.not("2027-06-01")));
		this.team.lead().post(policy + "/reviewed", tag, null).andExpect(stale());
		this.team.manager().post(policy + "/reviewed", this.team.lead().etag(policy), null).andExpect(problem(403));
	}

	@Test
	void theVersionsListIsPaged() throws Exception {
		String policy = createPolicy("Api paged versions " + this.unique);
		publish(policy + "/versions/" + firstVersionId(policy));
		this.team.lead().post(policy + "/versions", "{}").andExpect(status().isCreated());
		this.team.manager()
			.get(policy + "/versions?size=1")
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "2"))
			.andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")))
			.andExpect(jsonPath("$.content[0].number").value(2));
		this.team.staff().get(policy + "/versions").andExpect(header().string("X-Total-Count", "1"));
		this.team.staff().get(policy + "/versions?sort=body").andExpect(problem(400));
	}

	@Test
	void publishingAsksOnlyTheStaffOfTheDepartmentsThePolicyAppliesTo() throws Exception {
		String otherDepartment = "Api Versions Other " + this.unique;
		Caller otherStaff = this.api.newUser(Role.STAFF, otherDepartment);
		long otherId = TestData.department(this.api.jdbc(), otherDepartment);
		String policy = this.team.lead().create("/api/v1/policies", """
				{"title": "Api own %s", "kind": "BLOGGING", "ownerId": %d, "allDepartments": false,
				 "departmentIds": [%d], "reviewCycleMonths": 12, "nextReviewOn": "2027-06-01",
				 "body": "Only for the other department."}""".formatted(this.unique, this.team.lead().id(), otherId));
		String published = policy + "/versions/" + firstVersionId(policy);
		publish(published);
		assertThat(acknowledgementRequests(this.team.staff(), policy)).isZero();
		assertThat(acknowledgementRequests(otherStaff, policy)).isEqualTo(1);
		this.team.staff().post(published + "/acknowledge").andExpect(refused("policy.acknowledge.notForYou"));
		otherStaff.post(published + "/acknowledge")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recorded").value(true));
	}

	private int acknowledgementRequests(Caller caller, String policy) {
		return this.api.jdbc()
			.queryForObject(
					"select count(*) from notifications where user_id = ? and kind = 'ACKNOWLEDGEMENT_REQUESTED'"
							+ " and link = ?",
					Integer.class, caller.id(), policy.replace("/api/v1", ""));
	}

	private void publish(String version) throws Exception {
		String tag = transition(version + "/submit", this.team.lead().etag(version), "IN_REVIEW");
		transition(version + "/publish", tag, "PUBLISHED");
	}

	private String transition(String path, String etag, String state) throws Exception {
		return this.team.lead()
			.post(path, etag, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value(state))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	private String createPolicy(String title) throws Exception {
		return this.team.lead()
			.create("/api/v1/policies", """
					{"title": "%s", "kind": "BLOGGING", "ownerId": %d, "allDepartments": true, "reviewCycleMonths": 12,
					 "nextReviewOn": "2027-06-01", "body": "Be honest about who you work for."}""".formatted(title,
					this.team.lead().id()));
	}

	private String firstVersionId(String policy) throws Exception {
		String json = this.team.lead().get(policy).andReturn().getResponse().getContentAsString();
		Integer id = JsonPath.read(json, "$.versions[-1].id");
		return String.valueOf(id);
	}

	private static String id(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
