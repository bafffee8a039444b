package org.smrdesk.channel;

import java.util.UUID;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's rules (assessment order, field errors kept beside the field) and the
 * department scoping of accounts.
 */
@IntegrationTest
class CatalogueAndAccountsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aNewServiceCannotJumpFromSpottedToAdoptedAndKeepsTheInput() throws Exception {
		UserDetails lead = this.userDetails
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Catalogue " + this.suffix));
		this.mvc
			.perform(post("/services/new").with(user(lead))
				.with(csrf())
				.param("name", "Hopscotch " + this.suffix)
				.param("kind", "VIDEO")
				.param("website", "not a web address")
				.param("itStatus", "UNDER_REVIEW")
				.param("assessment", "ADOPTED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "website"))
			.andExpect(content().string(containsString("Hopscotch " + this.suffix)));
		this.mvc
			.perform(post("/services/new").with(user(lead))
				.with(csrf())
				.param("name", "Hopscotch " + this.suffix)
				.param("kind", "VIDEO")
				.param("itStatus", "UNDER_REVIEW")
				.param("assessment", "ADOPTED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "assessment", "service.assessment.transition"));
		assertThat(this.jdbc.queryForObject("select count(*) from social_services where name = ?", Integer.class,
				"Hopscotch " + this.suffix))
			.isZero();
	}

	@Test
	void staffCannotChangeAnotherDepartmentsAccount() throws Exception {
		String otherDepartment = "Accounts other " + this.suffix;
		String owner = TestData.user(this.jdbc, Role.STAFF, otherDepartment);
		UserDetails staff = this.userDetails
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Accounts own " + this.suffix));
		long serviceId = TestData.channel("Peep " + this.suffix).with("kind", "MICROBLOG").insert(this.jdbc);
		long accountId = TestData
			.account(serviceId, "@theirs", TestData.department(this.jdbc, otherDepartment),
					TestData.userId(this.jdbc, owner))
			.insert(this.jdbc);
		this.mvc
			.perform(post("/accounts/{id}/edit", accountId).with(user(staff))
				.with(csrf())
				.param("version", "0")
				.param("serviceId", Long.toString(serviceId))
				.param("handle", "@mine-now")
				.param("departmentId", Long.toString(TestData.department(this.jdbc, otherDepartment)))
				.param("ownerId", Long.toString(TestData.userId(this.jdbc, staff.getUsername())))
				.param("status", "ACTIVE"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select handle from accounts where id = ?", String.class, accountId))
			.isEqualTo("@theirs");
	}

}
