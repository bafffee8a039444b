package org.smrdesk.contact;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTeam;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.invalid;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contact ↔ activity links through the API, with the pages' rules: the lead links and
 * unlinks (unlinking under the contact's {@code If-Match}), an activity's contacts are
 * filtered by the contacts' privacy rules, a contact the caller may not see is 404.
 */
@IntegrationTest
class ContactActivityApiTests {

	@Autowired
	private ApiTestClient api;

	private ApiTeam team;

	private Caller stranger;

	private String contact;

	private long activity;

	@BeforeEach
	void data() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.team = this.api.team("Api Links " + unique);
		this.stranger = this.api.newUser(Role.STAFF, "Api Links Elsewhere " + unique);
		long channel = TestData.channel("Api Links Blog " + unique).insert(this.api.jdbc());
		this.activity = TestData.activity(this.team.departmentId(), channel, this.team.lead().id())
			.with("title", "Launch post " + unique)
			.insert(this.api.jdbc());
		this.contact = this.team.lead().create("/api/v1/contacts", """
				{"kind": "JOURNALIST", "name": "Kim %s", "ownerId": %d}""".formatted(unique, this.team.lead().id()));
	}

	@Test
	void theLeadLinksAContactAndTheActivitysDepartmentSeesItButNoOneElse() throws Exception {
		String before = this.team.lead().etag(this.contact);
		this.team.staff()
			.get("/api/v1/activities/" + this.activity + "/contacts")
			.andExpect(jsonPath("$.length()").value(0));
		String after = link().andExpect(status().isNoContent())
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(after).isNotEqualTo(before).isEqualTo(this.team.lead().etag(this.contact));
		link().andExpect(status().isNoContent());
		this.team.staff()
			.get(this.contact + "/activities")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(this.activity))
			.andExpect(jsonPath("$[0].departmentId").value(this.team.departmentId()));
		this.team.staff()
			.get("/api/v1/activities/" + this.activity + "/contacts")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].name").value(org.hamcrest.Matchers.startsWith("Kim ")));
		this.stranger.get("/api/v1/activities/" + this.activity + "/contacts")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		this.stranger.get(this.contact + "/activities").andExpect(problem(404));
		this.team.manager()
			.get("/api/v1/activities/" + this.activity + "/contacts")
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void onlyTheLeadChangesLinksAndUnlinkingNeedsTheContactsCurrentTag() throws Exception {
		String stale = this.team.lead().etag(this.contact);
		String current = link().andReturn().getResponse().getHeader("ETag");
		String unlink = this.contact + "/activities/" + this.activity;
		this.team.staff().post(this.contact + "/activities", body(this.activity)).andExpect(problem(403));
		this.team.manager().delete(unlink, "*").andExpect(problem(403));
		this.team.staff().delete(unlink, null).andExpect(problem(403));
		this.team.lead().delete(unlink, null).andExpect(problem(428));
		this.team.lead().delete(unlink, stale).andExpect(stale());
		this.team.lead().delete(unlink, current).andExpect(status().isNoContent()).andExpect(header().exists("ETag"));
		this.team.lead().get(this.contact + "/activities").andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anUnknownActivityOrContactIsRefusedAsThePageRefusesIt() throws Exception {
		this.team.lead()
			.post(this.contact + "/activities", body(999999999L))
			.andExpect(fieldError("activityId", "contact.activity.unknown"));
		this.team.lead().post(this.contact + "/activities", "{}").andExpect(invalid("activityId"));
		this.team.lead().post("/api/v1/contacts/999999999/activities", body(this.activity)).andExpect(problem(404));
		this.team.lead().get("/api/v1/activities/999999999/contacts").andExpect(problem(404));
		this.team.lead().get("/api/v1/contacts/999999999/activities").andExpect(problem(404));
	}

	private org.springframework.test.web.servlet.ResultActions link() throws Exception {
		return this.team.lead().post(this.contact + "/activities", body(this.activity));
	}

	private static String body(long activityId) {
		return "{\"activityId\": " + activityId + "}";
	}

}
