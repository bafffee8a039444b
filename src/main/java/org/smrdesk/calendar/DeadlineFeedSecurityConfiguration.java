package org.smrdesk.calendar;

import jakarta.servlet.http.HttpServletRequest;

import org.smrdesk.user.SecurityConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
		PathPatternRequestMatcher path = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.GET, "/calendar/feed/{token}.ics");
		RequestMatcher valid = (HttpServletRequest request) -> {
			RequestMatcher.MatchResult match = path.matcher(request);
			return match.isMatch() && feeds.isValid(match.getVariables().get("token"));
		};
		http.securityMatcher(valid)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

}
