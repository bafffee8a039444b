package org.smrdesk.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sec:authorize} expressions as the templates use them give the same answers as
 * Spring Security's.
 */
class TemplateAuthorizationTests {

	private final TemplateAuthorization.AuthorizeProcessor processor = new TemplateAuthorization.AuthorizeProcessor(
			"sec");

	@Test
	void rolesAsTheTemplatesAskForThem() {
		Authentication lead = user("ROLE_LEAD");
		Authentication staff = user("ROLE_STAFF");
		Authentication manager = user("ROLE_MANAGER");

		assertThat(this.processor.allows(lead, "hasRole('LEAD')")).isTrue();
		assertThat(this.processor.allows(staff, "hasRole('LEAD')")).isFalse();
		assertThat(this.processor.allows(staff, "!hasRole('LEAD')")).isTrue();
		assertThat(this.processor.allows(manager, "hasAnyRole('LEAD', 'MANAGER')")).isTrue();
		assertThat(this.processor.allows(staff, "hasAnyRole('LEAD','MANAGER')")).isFalse();
		assertThat(this.processor.allows(staff, "isAuthenticated()")).isTrue();
		// asked twice: the kept expression gives the same answers
		assertThat(this.processor.allows(lead, "hasRole('LEAD')")).isTrue();
		assertThat(this.processor.allows(staff, "hasRole('LEAD')")).isFalse();
	}

	@Test
	void nobodySignedInIsNotAuthenticatedAndHasNoRole() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

		assertThat(this.processor.allows(anonymous, "isAuthenticated()")).isFalse();
		assertThat(this.processor.allows(anonymous, "hasRole('LEAD')")).isFalse();
		assertThat(this.processor.allows(null, "isAuthenticated()")).isFalse();
	}

	private static Authentication user(String authority) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null, List.of(() -> authority));
	}

}
