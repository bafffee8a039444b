package org.smrdesk.incident;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An evidence upload that is plainly larger than the limit ({@code Content-Length} over
 * {@code smr.incidents.evidence-max-size} plus 1 MB for the rest of the form) is sent
 * back to the evidence form, which says the limit beside the file field, before anything
 * reads the body (Tomcat discards the rest, up to {@code server.tomcat.max-swallow-size},
 * so the browser gets the answer). Smaller excesses reach {@link EvidenceInspector},
 * which refuses them on the field too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EvidenceUploadLimitFilter extends OncePerRequestFilter {

	static final String TOO_LARGE = "tooLarge";

	private static final Pattern EVIDENCE = Pattern.compile("/incidents/(\\d{1,18})/attachments");

	private final long limit;

	EvidenceUploadLimitFilter(@Value("${smr.incidents.evidence-max-size:10MB}") DataSize maxSize) {
		this.limit = maxSize.toBytes() + DataSize.ofMegabytes(1).toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > this.limit) {
			Matcher evidence = EVIDENCE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
			if (evidence.matches()) {
				response.sendRedirect(
						request.getContextPath() + "/incidents/" + evidence.group(1) + "/attachments/new?" + TOO_LARGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
