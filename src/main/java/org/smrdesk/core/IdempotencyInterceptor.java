package org.smrdesk.core;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Makes a repeated submit harmless. A POST that carries a key (the {@value #HEADER}
 * header of the API, or the hidden {@value #PARAMETER} field every page form gets) is
 * carried out once per user and key: the first request claims the key in the database (so
 * this holds across nodes); a repeat waits for it, then a page is sent where the first
 * one went, and the API answers 409 with the first answer's {@code Location}. A request
 * that fails or re-shows its form releases the key, so the user can correct and submit
 * again.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

	/** The API's header. */
	static final String HEADER = "Idempotency-Key";

	/** The hidden field of page forms. */
	static final String PARAMETER = "_idempotencyKey";

	private static final String CLAIMED = IdempotencyInterceptor.class.getName() + ".claimed";

	private static final Duration KEEP = Duration.ofDays(1);

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	IdempotencyInterceptor(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException, InterruptedException {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		String key = key(request);
		Long userId = userId();
		if (key == null || userId == null) {
			return true;
		}
		Instant now = this.clock.instant();
		this.jdbc.update("delete from idempotency_keys where user_id = ? and created_at < ?", userId,
				Timestamp.from(now.minus(KEEP)));
		int claimed = this.jdbc.update("""
				insert into idempotency_keys (user_id, key, created_at) values (?, ?, ?)
				on conflict do nothing""", userId, key, Timestamp.from(now));
		if (claimed == 1) {
			request.setAttribute(CLAIMED, new Claim(userId, key));
			return true;
		}
		repeat(request, response, userId, key);
		return false;
	}

	/**
	 * A repeat waits for the first request's answer, at most until {@link #WAIT} after
	 * the key was claimed: a claim older than that without an answer is one whose answer
	 * was lost (the node stopped or the database went away after the commit), so the
	 * repeat is answered 409 at once. Whether the first one was saved is unknown, so a
	 * page says to check before sending again, and the API answers a problem detail.
	 */
	private void repeat(HttpServletRequest request, HttpServletResponse response, Long userId, String key)
			throws IOException, InterruptedException {
		String location = null;
		boolean answered = false;
		long started = System.nanoTime();
		while (true) {
			List<Map<String, Object>> rows = this.jdbc.queryForList(
					"select status, location, created_at from idempotency_keys where user_id = ? and key = ?", userId,
					key);
			if (rows.isEmpty() || rows.get(0).get("status") != null) {
				location = rows.isEmpty() ? null : (String) rows.get(0).get("location");
				answered = !rows.isEmpty();
				break;
			}
			Instant claimed = ((Timestamp) rows.get(0).get("created_at")).toInstant();
			Duration left = Duration.between(this.clock.instant(), claimed.plus(WAIT));
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			if (left.isNegative() || waited.compareTo(WAIT) >= 0) {
				break;
			}
			Thread.sleep(50);
		}
		boolean api = request.getHeader(HEADER) != null;
		if (!api && location != null) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", location);
			return;
		}
		if (!api) {
			throw new RepeatedRequestException();
		}
		if (location != null) {
			response.setHeader("Location", location);
		}
		Problems.write(response, HttpStatus.CONFLICT,
				answered ? "A request with this idempotency key was already made; see Location."
						: "A request with this idempotency key was already made and its outcome is "
								+ "unknown: check whether it took effect before sending it again with a new key.");
	}

	/**
	 * A page form sent again whose first sending has no known outcome: the 409 page.
	 */
	static final class RepeatedRequestException extends RuntimeException {

		RepeatedRequestException() {
			super("Repeated request with an unknown outcome");
		}

	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(request.getAttribute(CLAIMED) instanceof Claim claim)) {
			return;
		}
		int status = response.getStatus();
		boolean done = ex == null && ((status >= 300 && status < 400)
				|| (status >= 200 && status < 300 && request.getHeader(HEADER) != null));
		if (done) {
			this.jdbc.update("update idempotency_keys set status = ?, location = ? where user_id = ? and key = ?",
					status, response.getHeader("Location"), claim.userId(), claim.key());
		}
		else {
			this.jdbc.update("delete from idempotency_keys where user_id = ? and key = ?", claim.userId(), claim.key());
		}
	}

	private static String key(HttpServletRequest request) {
		String key = request.getHeader(HEADER);
		if (key == null) {
			key = request.getParameter(PARAMETER);
		}
		if (key == null || key.isBlank() || key.length() > 200 || !StorableText.isStorable(key)) {
			return null;
		}
		return key.trim();
	}

	private static Long userId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user.id() : null;
	}

	private record Claim(Long userId, String key) {
	}

}
