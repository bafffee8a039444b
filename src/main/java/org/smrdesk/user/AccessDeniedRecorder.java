package org.smrdesk.user;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smrdesk.core.AuditLog;
import org.smrdesk.core.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request answered 403 as a security event, wherever the refusal came from
 * (a route rule, a method rule, a record rule in a service, a missing CSRF token). The
 * path is recorded without its query string or path parameters.
 */
class AccessDeniedRecorder extends OncePerRequestFilter {

	private final SecurityEvents events;

	AccessDeniedRecorder(SecurityEvents events) {
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			CurrentUser user = (authentication != null && authentication.getPrincipal() instanceof CurrentUser current)
					? current : null;
			String path = request.getRequestURI();
			int parameters = path.indexOf(';');
			if (parameters >= 0) {
				path = path.substring(0, parameters);
			}
			this.events.record(AuditLog.Action.ACCESS_DENIED, (user != null) ? user.id() : null,
					(user != null) ? user.email() : null, request.getMethod() + " " + path);
		}
	}

}
