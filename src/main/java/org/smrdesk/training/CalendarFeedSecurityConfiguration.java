package org.smrdesk.training;

import org.smrdesk.user.PublicLinkSecurity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar apps fetch a person's feed without a browser session: a GET of
 * {@code /trainings/feed/{token}.ics} is let through only when the token is valid. Any
 * other request to that path falls to the normal rules (sign in first).
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain calendarFeedSecurityFilterChain(HttpSecurity http, CalendarFeedService feeds) throws Exception {
		return PublicLinkSecurity.chain(http,
				PublicLinkSecurity.validToken("/trainings/feed/{token}.ics", feeds::isValid));
	}

}
