package org.smrdesk.user;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.core.Times;
import org.smrdesk.core.pagecache.DataVersion;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the database: on every request the user is read
 * again (one lookup by primary key, which also gives the user's time zone for the page),
 * so a change of role, department or active flag takes effect on the user's next request,
 * on every node. Ends a session that is past the absolute timeout, or whose user is gone
 * or deactivated. The same statement reads the data's version number for the page cache
 * ({@link DataVersion}).
 */
class FreshPrincipalFilter extends OncePerRequestFilter {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private static final String RELOAD = "select u.email, u.display_name, u.department_id, "
			+ "d.name as department_name, u.role, u.time_zone, " + DataVersion.SELECT
			+ " from users u join departments d on d.id = u.department_id where u.id = ? and u.active";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration absoluteTimeout;

	private final Times times;

	FreshPrincipalFilter(JdbcTemplate jdbc, Clock clock, Duration absoluteTimeout, Times times) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.absoluteTimeout = absoluteTimeout;
		this.times = times;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = this.holder.getContext();
		Authentication authentication = context.getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && authentication != null && authentication.getPrincipal() instanceof CurrentUser current) {
			Optional<CurrentUser> fresh;
			try {
				fresh = tooOld(session) ? Optional.empty() : reload(current.id(), request);
			}
			catch (DataAccessException | CannotCreateTransactionException ex) {
				// the database cannot be reached: the friendly 503 page, at once
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
			if (fresh.isEmpty()) {
				session.invalidate();
				this.holder.clearContext();
			}
			else if (!fresh.get().equals(current)) {
				CurrentUser user = fresh.get();
				SecurityContext updated = this.holder.createEmptyContext();
				UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user,
						null, user.getAuthorities());
				token.setDetails(authentication.getDetails());
				updated.setAuthentication(token);
				this.holder.setContext(updated);
				session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, updated);
			}
		}
		chain.doFilter(request, response);
	}

	private boolean tooOld(HttpSession session) {
		return session.getCreationTime() + this.absoluteTimeout.toMillis() < this.clock.millis();
	}

	/**
	 * The user as the database has them now: one indexed lookup, straight from JDBC (the
	 * entity query cost more CPU than the rest of a small page, measured with JFR).
	 */
	private Optional<CurrentUser> reload(Long id, HttpServletRequest request) {
		return this.jdbc.query(RELOAD, (rs, row) -> {
			// read before the page reads its data (core.pagecache)
			DataVersion.remember(request, DataVersion.read(rs), RELOAD);
			if (this.times != null) {
				// the page's times need the user's zone: no second query for it
				this.times.rememberZoneOfThisRequest(rs.getString("time_zone"));
			}
			return new CurrentUser(id, rs.getString("email"), rs.getString("display_name"), rs.getLong("department_id"),
					rs.getString("department_name"), Role.valueOf(rs.getString("role")), null, true);
		}, id).stream().findFirst();
	}

}
