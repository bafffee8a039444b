package org.smrdesk.core;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code smr.max-request-size} with a 413 and the
 * friendly error page, before anything reads them. File uploads
 * ({@code multipart/form-data}) have their own limits
 * ({@code spring.servlet.multipart.*}, enforced while the parts are read), so that a file
 * too large gets its message on the form it was sent from.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	RequestSizeLimitFilter(SmrProperties properties) {
		this.limit = properties.maxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
		if (!upload && request.getContentLengthLong() > this.limit) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), "The request is too large.");
			return;
		}
		chain.doFilter(request, response);
	}

}
