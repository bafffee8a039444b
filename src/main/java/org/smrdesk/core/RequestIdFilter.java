package org.smrdesk.core;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request id for every request: taken from the {@code X-Request-Id} header when a proxy
 * or load balancer sent a sensible one, otherwise made up; in every log line written
 * while the request runs ({@code requestId} in the MDC, see
 * {@code logging.pattern.correlation}), in the response's {@code X-Request-Id} header and
 * on error pages, so a user's report can be found in the logs of whichever node served
 * it.
 * <p>
 * An exception that no handler took would be logged by the servlet container after this
 * filter has ended, without the id: it is logged here instead, with the id, and the
 * container shows the error page as it would have.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

	/** The header, the MDC key and the request attribute. */
	public static final String HEADER = "X-Request-Id";

	public static final String KEY = "requestId";

	private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (request.getAttribute(KEY) instanceof String existing) ? existing : idOf(request);
		request.setAttribute(KEY, id);
		response.setHeader(HEADER, id);
		String previous = MDC.get(KEY);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted() || request.getDispatcherType() != DispatcherType.REQUEST) {
				throw ex;
			}
			log.error("Request failed: {} {}", request.getMethod(), request.getRequestURI(), ex);
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
		finally {
			if (previous != null) {
				MDC.put(KEY, previous);
			}
			else {
				MDC.remove(KEY);
			}
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String idOf(HttpServletRequest request) {
		String given = request.getHeader(HEADER);
		if (given != null && SENSIBLE.matcher(given).matches()) {
			return given;
		}
		return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

}
