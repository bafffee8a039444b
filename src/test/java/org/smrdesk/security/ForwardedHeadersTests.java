package org.smrdesk.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.PublicUrls;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forwarded headers count only from trusted proxies (none by default), and absolute links
 * come from the configured public address: a client's {@code X-Forwarded-Host} changes no
 * link and no redirect.
 */
@IntegrationTest
class ForwardedHeadersTests {

	private static final String EVIL = "evil.example";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Test
	void aForwardedHostFromAClientChangesNoLinkAndNoRedirect() throws Exception {
		String email = TestData.user(this.jdbc, Role.STAFF, "Forwarded Home " + UUID.randomUUID());
		UserDetails staff = this.users.loadUserByUsername(email);
		for (String path : new String[] { "/activities", "/trainings/mine", "/contacts", "/" }) {
			MvcResult result = this.mvc
				.perform(get(path).with(user(staff))
					.header("X-Forwarded-Host", EVIL)
					.header("X-Forwarded-Proto", "https")
					.header("Forwarded", "host=" + EVIL))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain(EVIL);
		}
		MvcResult feed = this.mvc
			.perform(post("/trainings/mine/feed").with(user(staff))
				.with(csrf())
				.header("X-Forwarded-Host", EVIL)
				.header("Forwarded", "host=" + EVIL))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(feed.getResponse().getContentAsString()).contains("/trainings/feed/trn_").doesNotContain(EVIL);
		MvcResult login = this.mvc.perform(formLogin().user(email).password(TestData.PASSWORD)).andReturn();
		assertThat(String.valueOf(login.getResponse().getRedirectedUrl())).doesNotContain(EVIL);
		MvcResult anonymous = this.mvc.perform(get("/activities").header("X-Forwarded-Host", EVIL)).andReturn();
		assertThat(String.valueOf(anonymous.getResponse().getRedirectedUrl())).doesNotContain(EVIL);
	}

	@Test
	void absoluteLinksUseThePublicAddressWhenConfigured() {
		assertThat(new PublicUrls("https://smr.example.com/").absolute("/trainings/feed/abc.ics"))
			.isEqualTo("https://smr.example.com/trainings/feed/abc.ics");
		assertThat(new PublicUrls("https://smr.example.com/desk").absolute("/x"))
			.isEqualTo("https://smr.example.com/desk/x");
	}

}
