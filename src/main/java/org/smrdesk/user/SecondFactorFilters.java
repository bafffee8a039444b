package org.smrdesk.user;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The filters that hold users with (or owing) a second factor to it.
 */
final class SecondFactorFilters {

	private SecondFactorFilters() {
	}

	private static CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user : null;
	}

	/**
	 * With {@code smr.security.require-mfa-for-lead=true}, a LEAD without a second factor
	 * is sent to set one up before anything else (their role is read fresh on every
	 * request, so a user promoted to LEAD is held at once).
	 */
	static final class RequiredForLead extends OncePerRequestFilter {

		private static final List<String> OPEN = List.of(SecondFactorController.PATH, "/logout", "/login", "/css/",
				"/js/", "/img/", "/webjars/", "/favicon.ico", "/error");

		private final SecondFactorService secondFactors;

		RequiredForLead(SecondFactorService secondFactors) {
			this.secondFactors = secondFactors;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CurrentUser user = currentUser();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (user != null && user.isLead() && OPEN.stream().noneMatch(path::startsWith)
					&& !this.secondFactors.isEnabled(user.id())) {
				response.sendRedirect(request.getContextPath() + SecondFactorController.PATH + "?required");
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * HTTP Basic sends only the password: refused for users with a second factor (their
	 * personal access tokens still work).
	 */
	static final class NoBasicWithSecondFactor extends OncePerRequestFilter {

		private final SecondFactorService secondFactors;

		NoBasicWithSecondFactor(SecondFactorService secondFactors) {
			this.secondFactors = secondFactors;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			CurrentUser user = currentUser();
			if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && user != null
					&& this.secondFactors.isEnabled(user.id())) {
				SecurityContextHolder.clearContext();
				Problems.write(response, HttpStatus.UNAUTHORIZED,
						"This account uses two-step sign-in: HTTP Basic is refused for it. "
								+ "Send a personal access token (Authorization: Bearer).");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
