package org.smrdesk.security;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Characters PostgreSQL cannot store (the NUL byte) give a message beside the field on a
 * page and a problem detail in the API, never a 500.
 */
@IntegrationTest
class UnstorableInputTests {

	private static final String NUL = "\u0000";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private String staffEmail;

	private UserDetails staff;

	private long department;

	private long service;

	@BeforeEach
	void data() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.staffEmail = TestData.user(this.jdbc, Role.STAFF, "Nul Home " + unique);
		this.staff = this.userDetails.loadUserByUsername(this.staffEmail);
		this.department = TestData.department(this.jdbc, "Nul Home " + unique);
		this.service = TestData.channel("Nul Blog " + unique).insert(this.jdbc);
	}

	@Test
	void aNulByteInAFormFieldIsAMessageBesideTheFieldWithTheInputKept() throws Exception {
		this.mvc
			.perform(post("/activities/new").with(user(this.staff))
				.with(csrf())
				.param("kind", "POST")
				.param("title", "Launch" + NUL + "post")
				.param("activityDate", LocalDate.of(2026, 11, 3).toString())
				.param("serviceId", Long.toString(this.service))
				.param("departmentId", Long.toString(this.department))
				.param("ownerId", Long.toString(TestData.userId(this.jdbc, this.staffEmail)))
				.param("status", "DONE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "typeMismatch"))
			.andExpect(content().string(containsString("cannot be stored")));
		assertThat(this.jdbc.queryForObject("select count(*) from activities where department_id = ?", Integer.class,
				this.department))
			.isZero();
	}

	@Test
	void aNulByteInASearchIsABadRequestNotAnError() throws Exception {
		this.mvc.perform(get("/activities").param("q", "x" + NUL).with(user(this.staff)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/contacts").param("q", "x" + NUL).with(user(this.staff)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNulByteInTheApiIsAProblemDetail() throws Exception {
		this.mvc
			.perform(post("/api/v1/activities").with(httpBasic(this.staffEmail, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"POST\", \"title\": \"Bad\\u0000title\", \"serviceId\": " + this.service + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
		this.mvc
			.perform(
					get("/api/v1/activities").param("q", "x" + NUL).with(httpBasic(this.staffEmail, TestData.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
