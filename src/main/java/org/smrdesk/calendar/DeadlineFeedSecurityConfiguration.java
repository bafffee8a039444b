package org.smrdesk.calendar;

import org.smrdesk.user.PublicLinkSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar apps fetch a deadline feed without a browser session: a GET of
 * {@code /calendar/feed/{token}.ics} is let through only when the secret is valid. Any
 * other request to that path falls to the normal rules (sign in first).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineFeedSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain deadlineFeedSecurityFilterChain(HttpSecurity http, DeadlineFeedService feeds) throws Exception {
		return PublicLinkSecurity.chain(http,
				PublicLinkSecurity.validToken("/calendar/feed/{token}.ics", feeds::isValid));
	}

}
