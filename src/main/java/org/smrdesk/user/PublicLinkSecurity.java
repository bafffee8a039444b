package org.smrdesk.user;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one way to let a link work without a browser session (calendar feeds, unsubscribe
 * links): a filter chain for the matched requests only, open to all, stateless, without
 * CSRF or a saved request, with the application's security headers. Anything the matcher
 * does not take falls to the normal rules (sign in first).
 */
public final class PublicLinkSecurity {

	private PublicLinkSecurity() {
	}

	/**
	 * The filter chain of a public link.
	 * @param http the builder of the chain
	 * @param requests the requests it serves
	 * @return the chain
	 * @throws Exception as Spring Security's builders do
	 */
	public static SecurityFilterChain chain(HttpSecurity http, RequestMatcher requests) throws Exception {
		http.securityMatcher(requests)
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * GETs of a path with a {@code {token}} variable whose token is valid.
	 * @param pattern the path pattern, e.g. {@code /trainings/feed/{token}.ics}
	 * @param valid whether a token is valid
	 * @return the matcher
	 */
	public static RequestMatcher validToken(String pattern, Predicate<String> valid) {
		PathPatternRequestMatcher path = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
		return (HttpServletRequest request) -> {
			RequestMatcher.MatchResult match = path.matcher(request);
			return match.isMatch() && valid.test(match.getVariables().get("token"));
		};
	}

}
