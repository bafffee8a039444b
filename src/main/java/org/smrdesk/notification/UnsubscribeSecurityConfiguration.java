package org.smrdesk.notification;

import org.smrdesk.user.PublicLinkSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The unsubscribe link works without a session and without a CSRF token (a mail client
 * posts it, RFC 8058): the signed token in the link is the only credential, and it can
 * turn off one kind of e-mail for one person, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain unsubscribeSecurityFilterChain(HttpSecurity http) throws Exception {
		return PublicLinkSecurity.chain(http,
				PathPatternRequestMatcher.withDefaults().matcher("/notifications/unsubscribe"));
	}

}
