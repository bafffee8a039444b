package org.smrdesk.core;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Swagger UI's bundle writes one fixed inline style element, which the application's
 * strict policy blocks. Its pages alone get the same policy with that one style allowed
 * by its hash: no {@code unsafe-inline}, nothing else relaxed. The header is set before
 * Spring Security writes its own, which then leaves it as it is.
 */
@Component
class SwaggerUiPolicy extends OncePerRequestFilter {

	/** The SHA-256 of the style swagger-ui-bundle.js inserts (as Chromium reports it). */
	static final String BUNDLE_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

	static final String POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY.replace("style-src 'self';",
			"style-src 'self' 'unsafe-hashes' " + BUNDLE_STYLE + ";");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", POLICY);
		chain.doFilter(request, response);
	}

}
