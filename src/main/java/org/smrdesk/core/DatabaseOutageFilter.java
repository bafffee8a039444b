package org.smrdesk.core;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter (before the session, which is read from the database): when the
 * database cannot be reached anywhere in a request, the user gets the friendly 503 page,
 * or a 503 problem detail from the JSON API, written here at once (an error dispatch
 * would read the session again and wait for the database a second time).
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(DatabaseOutageFilter.class);

	private static final ThreadLocal<Set<String>> unsaved = new ThreadLocal<>();

	private final SpringTemplateEngine templates;

	DatabaseOutageFilter(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		unsaved.set(new HashSet<>());
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Database unreachable, answered 503: " + request.getMethod() + " " + request.getRequestURI(),
					ex);
			unavailable(request, response);
		}
		finally {
			unsaved.remove();
		}
	}

	/**
	 * Notes that a session could not be saved in the current request.
	 * @param sessionId the session
	 */
	static void markUnsaved(String sessionId) {
		Set<String> ids = unsaved.get();
		if (ids != null) {
			ids.add(sessionId);
		}
	}

	/**
	 * Whether the current request already failed to save this session (the database is
	 * gone: saving or reading it again would only wait for the pool once more).
	 * @param sessionId the session
	 * @return true when it failed in this request
	 */
	static boolean unsavedInThisRequest(String sessionId) {
		Set<String> ids = unsaved.get();
		return ids != null && ids.contains(sessionId);
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "30");
		response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE,
					"The database cannot be reached just now; try again in a minute.");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				request.getLocale(), Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()));
		this.templates.process("error", context, response.getWriter());
	}

}
