package org.smrdesk.user;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ControllerTest;
import org.smrdesk.WebUsers;
import org.smrdesk.core.ConcurrentEditException;
import org.smrdesk.core.FieldException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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

@ControllerTest(UserController.class)
class UserControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private UserService users;

	@MockitoBean
	private UserAccounts accounts;

	@MockitoBean
	private DepartmentService departments;

	@MockitoBean
	private SecondFactorService secondFactors;

	@BeforeEach
	void departments() {
		given(this.departments.all()).willReturn(List.of(new Department("Marketing", 10)));
	}

	@Test
	void missingFieldsAreShownBesideTheFieldsAndTheInputIsKept() throws Exception {
		this.mvc
			.perform(post("/users/new").param("displayName", "Avery Typed")
				.param("email", "not-an-email")
				.param("role", "STAFF")
				.with(user(WebUsers.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("users/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("form", "departmentId", "NotNull"))
			.andExpect(content().string(containsString("value=\"Avery Typed\"")))
			.andExpect(content().string(containsString("Please enter a valid e-mail address.")));
		verify(this.accounts, never()).create(any());
	}

	@Test
	void aDuplicateEmailIsAFieldErrorNotAServerError() throws Exception {
		given(this.accounts.create(any())).willThrow(new FieldException("email", "user.email.duplicate"));
		this.mvc
			.perform(post("/users/new").param("displayName", "Dee Dupe")
				.param("email", "dupe@test.example")
				.param("departmentId", "1")
				.param("role", "STAFF")
				.param("password", "long-enough-password")
				.with(user(WebUsers.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "user.email.duplicate"))
			.andExpect(content().string(containsString("Another user already has this e-mail address.")));
	}

	@Test
	void aStaleEditShowsTheConflictMessageAndKeepsTheInput() throws Exception {
		given(this.accounts.update(eq(5L), any())).willThrow(new ConcurrentEditException("User", 5L));
		this.mvc
			.perform(post("/users/5/edit").param("version", "0")
				.param("displayName", "Casey Changed")
				.param("email", "casey@test.example")
				.param("departmentId", "1")
				.param("role", "MANAGER")
				.with(user(WebUsers.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("Someone else saved this record")))
			.andExpect(content().string(containsString("value=\"Casey Changed\"")));
	}

	@Test
	void aValidUserIsCreatedAndTheLeadIsRedirectedWithAMessage() throws Exception {
		User created = org.mockito.Mockito.mock(User.class);
		given(created.getId()).willReturn(42L);
		given(this.accounts.create(any())).willReturn(created);
		this.mvc
			.perform(post("/users/new").param("displayName", "Nova New")
				.param("email", "nova@test.example")
				.param("departmentId", "1")
				.param("role", "STAFF")
				.param("password", "long-enough-password")
				.with(user(WebUsers.lead()))
				.with(csrf()))
			.andExpect(redirectedUrl("/users/42"))
			.andExpect(flash().attribute("message", "user.created"));
	}

	@Test
	void overLongFieldsAreRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/users/new").param("displayName", "x".repeat(500))
				.param("email", "long@test.example")
				.param("departmentId", "1")
				.param("role", "STAFF")
				.with(user(WebUsers.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "displayName", "Size"));
	}

	@Test
	void staffAndManagersCannotReachUserAdministration() throws Exception {
		this.mvc.perform(get("/users").with(user(WebUsers.staff()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/users/new").with(user(WebUsers.manager()))).andExpect(status().isForbidden());
	}

}
