package org.smrdesk.core;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request body of the wrong shape is a 400 problem detail that says what is wrong and
 * where, never a 500 and never silently ignored: an unknown field, a value of the wrong
 * type, an unknown enum constant, malformed JSON, no body at all. The push endpoint a
 * vendor's webhook posts to is another system's JSON and keeps ignoring unknown fields.
 */
@IntegrationTest
class ApiRequestBodyTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private ApiTestClient.Caller lead;

	@BeforeEach
	void lead() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.api.newUser(Role.LEAD, "Request Bodies " + this.unique);
	}

	@Test
	void anUnknownFieldIsRefusedByName() throws Exception {
		vendor("{\"name\": \"Body Vendor %s\", \"colour\": \"teal\"}".formatted(this.unique))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("colour"), containsString("renewalDate"))))
			.andExpect(jsonPath("$.errors[0].field").value("colour"))
			.andExpect(jsonPath("$.errors[0].code").value("unknown"));
		assertThat(vendors()).isZero();
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedByName() throws Exception {
		vendor("{\"name\": \"Body Vendor %s\", \"noticeDays\": \"soon\"}".formatted(this.unique))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("noticeDays"))
			.andExpect(jsonPath("$.errors[0].code").value("type"))
			.andExpect(jsonPath("$.detail").value(containsString("noticeDays")));
		vendor("{\"name\": \"Body Vendor %s\", \"noticeDays\": 1.5}".formatted(this.unique))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("noticeDays"))
			.andExpect(jsonPath("$.detail").value(containsString("whole number")));
		vendor("{\"name\": \"Body Vendor %s\", \"kind\": \"PIRATE\"}".formatted(this.unique))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("PIRATE"), containsString("AGENCY"))));
		vendor("{\"name\": \"Body Vendor %s\", \"contactIds\": [1, \"two\"]}".formatted(this.unique))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactIds[1]"));
		vendor("[\"Body Vendor %s\"]".formatted(this.unique)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("JSON object")));
		assertThat(vendors()).isZero();
	}

	@Test
	void malformedJsonAndAMissingBodyAreRefusedPlainly() throws Exception {
		vendor("{\"name\": \"Body Vendor %s\",".formatted(this.unique)).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("not well-formed JSON")));
		vendor("{\"name\": \"Body Vendor %s\"} trailing".formatted(this.unique)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("not well-formed JSON")));
		vendor("").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("needs a JSON body")));
		this.lead
			.perform(post("/api/v1/vendors").contentType(MediaType.TEXT_PLAIN).content("Body Vendor " + this.unique))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(vendors()).isZero();
	}

	@Test
	void theVendorWebhookPushMayCarryFieldsWeDoNotRead() throws Exception {
		long source = TestData.monitoringSource("Body Push " + this.unique).insert(this.api.jdbc());
		this.lead
			.post("/api/v1/mentions",
					"{\"sourceId\": %d, \"text\": \"Pushed %s\", \"sentiment\": 0.4, \"vendorExtras\": {}}"
						.formatted(source, this.unique))
			.andExpect(status().isCreated());
	}

	private ResultActions vendor(String json) throws Exception {
		return this.lead.post("/api/v1/vendors", json);
	}

	private int vendors() {
		return this.api.jdbc()
			.queryForObject("select count(*) from vendors where name like ?", Integer.class,
					"Body Vendor " + this.unique + "%");
	}

}
