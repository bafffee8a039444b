package org.smrdesk.training;

import jakarta.servlet.http.HttpServletRequest;

import org.smrdesk.user.SecurityConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
		http.securityMatcher(validFeedRequest(feeds))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	static RequestMatcher validFeedRequest(CalendarFeedService feeds) {
		PathPatternRequestMatcher path = PathPatternRequestMatcher.withDefaults()
			.matcher(org.springframework.http.HttpMethod.GET, "/trainings/feed/{token}.ics");
		return (HttpServletRequest request) -> {
			RequestMatcher.MatchResult match = path.matcher(request);
			return match.isMatch() && feeds.isValid(match.getVariables().get("token"));
		};
	}

}
