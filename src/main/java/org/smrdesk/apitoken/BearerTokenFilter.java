package org.smrdesk.apitoken;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smrdesk.core.pagecache.DataVersion;
import org.smrdesk.core.pagecache.PageCacheFilter;
import org.smrdesk.core.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the JSON API. A token that is unknown, expired
 * or revoked answers 401; a read-only token on anything but GET/HEAD/OPTIONS answers 403;
 * both as problem details. Requests without a bearer token pass on (HTTP Basic, when
 * allowed, or 401 further on). Not a bean: the API's security chain adds it, so it never
 * runs on pages.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final ApiTokenService tokens;

	public BearerTokenFilter(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokenService.Authenticated> found = this.tokens
			.authenticate(header.substring(PREFIX.length()).strip());
		if (found.isEmpty()) {
			problem(response, HttpStatus.UNAUTHORIZED,
					"The token is unknown, expired or revoked. Create a new one on your account page.");
			return;
		}
		ApiTokenService.Authenticated authenticated = found.get();
		if (authenticated.scope() == TokenScope.READ && !isSafe(request.getMethod())) {
			problem(response, HttpStatus.FORBIDDEN, "This token may only read: it has no write scope.");
			return;
		}
		List<GrantedAuthority> authorities = new java.util.ArrayList<>(authenticated.user().getAuthorities());
		authorities.add(new SimpleGrantedAuthority("SCOPE_" + authenticated.scope().name().toLowerCase()));
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(authenticated.user(), null, authorities));
		this.holder.setContext(context);
		// read with the token, before the route reads its data: the page cache's number
		DataVersion.remember(request, authenticated.dataVersion(), ApiTokenService.authenticationStatement());
		PageCacheFilter.ownedBy(request, "token:" + authenticated.tokenId());
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.holder.clearContext();
		}
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		Problems.write(response, status, detail);
	}

}
