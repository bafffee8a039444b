package org.smrdesk.user;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smrdesk.ApiTestClient.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead turns off someone's second factor through the API (a lost phone), as the
 * user's page does: recorded in the audit log with the lead as the actor; nobody else
 * may.
 */
@IntegrationTest
class SecondFactorApiTests {

	@Autowired
	private ApiTestClient api;

	@Test
	void theLeadResetsSomeonesSecondFactorAndNobodyElseMay() throws Exception {
		Caller lead = this.api.newUser(Role.LEAD, "Api Two-step");
		Caller manager = this.api.newUser(Role.MANAGER, "Api Two-step");
		String email = TestData.user(this.api.jdbc(), Role.STAFF, "Api Two-step");
		long id = TestData.userId(this.api.jdbc(), email);
		this.api.jdbc()
			.update("insert into second_factors (user_id, secret, last_used_step, enabled_at) values (?, ?, 0, now())",
					id, "JBSWY3DPEHPK3PXP");
		String reset = "/api/v1/users/" + id + "/second-factor/reset";
		manager.post(reset).andExpect(problem(403));
		assertThat(secondFactors(id)).isEqualTo(1);
		lead.post(reset).andExpect(status().isOk()).andExpect(jsonPath("$.email").value(email));
		assertThat(secondFactors(id)).isZero();
		assertThat(this.api.jdbc()
			.queryForObject(
					"select count(*) from audit_log where action = 'MFA_DISABLED' and entity_id = ?" + " and actor = ?",
					Integer.class, id, lead.email()))
			.isEqualTo(1);
		lead.post("/api/v1/users/999999999/second-factor/reset").andExpect(problem(404));
	}

	private int secondFactors(long userId) {
		return this.api.jdbc()
			.queryForObject("select count(*) from second_factors where user_id = ?", Integer.class, userId);
	}

}
