package org.smrdesk.supplier;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTokens;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.apitoken.ApiTokenService;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead creates and changes vendors through the API with the API's own request (the
 * form's defaults apply to what is left out; the version comes from {@code If-Match}, a
 * version in the body changes nothing).
 */
@IntegrationTest
class VendorApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApiTokenService tokens;

	@Autowired
	private UserDetailsService users;

	@Test
	void theLeadCreatesAndChangesAVendorUnderIfMatch() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		RequestPostProcessor lead = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.LEAD, "Api Vendors Lead"));
		RequestPostProcessor staff = ApiTokens.bearer(this.tokens, this.users,
				TestData.user(this.jdbc, Role.STAFF, "Api Vendors Staff"));
		String vendor = """
				{"name": "Api Vendor %s", "renewalDate": "2030-01-01", "noticeDays": 30, "annualCost": 1200}"""
			.formatted(unique);
		this.mvc.perform(post("/api/v1/vendors").with(staff).contentType(MediaType.APPLICATION_JSON).content(vendor))
			.andExpect(status().isForbidden());
		String location = this.mvc
			.perform(post("/api/v1/vendors").with(lead).contentType(MediaType.APPLICATION_JSON).content(vendor))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.kind").value("MONITORING"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andExpect(jsonPath("$.noticeDeadline").value("2029-12-02"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String changed = """
				{"name": "Api Vendor %s", "kind": "AGENCY"}""".formatted(unique);
		this.mvc
			.perform(put(location).with(lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed.replace("}", ", \"version\": 9}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc
			.perform(put(location).with(lead)
				.header("If-Match", "\"9\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put(location).with(lead)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("AGENCY"));
		this.mvc
			.perform(put(location).header("If-Match", "*")
				.with(lead)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Api Vendor " + unique + "\", \"website\": \"not a url\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("website"));
	}

}
