package org.smrdesk.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Passwords are hashed with Argon2id (passphrases in any script); a BCrypt hash from
 * before still signs in and is upgraded then.
 */
@IntegrationTest
class PasswordHashingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anOldBcryptHashIsUpgradedAtSignInAndANewPassphraseIsHashedWithArgon2id() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Hashing Home");
		assertThat(hash(email)).startsWith("$2a$");
		Cookie session = this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(hash(email)).as("upgraded at sign-in").startsWith("{argon2}$argon2id$");
		String passphrase = "\uD83C\uDF0A\uD83C\uDF19 tide and moon, слово, 言葉";
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", TestData.PASSWORD)
				.param("newPassword", passphrase)
				.param("confirmation", passphrase))
			.andExpect(redirectedUrl("/account"));
		assertThat(hash(email)).startsWith("{argon2}$argon2id$");
		this.mvc.perform(formLogin().user(email).password(passphrase)).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	private String hash(String email) {
		return this.jdbc.queryForObject("select password_hash from users where email = ?", String.class, email);
	}

}
