package org.smrdesk.apitoken;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Role;
import org.smrdesk.core.pagecache.DataVersion;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks personal access tokens. A token is {@code smr_} and
 * 256 random bits; only its SHA-256 is stored, so the database never holds a usable
 * token.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

	/** The lifetimes offered, in days. */
	static final List<Integer> LIFETIMES = List.of(7, 30, 90, 365);

	/** Last use is written at most once a minute per token. */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String AUTHENTICATE = """
			select t.id, t.scope, u.id, u.email, u.display_name, d.id, d.name, u.role, t.last_used_at, """
			+ DataVersion.SELECT + """

					from api_tokens t join users u on u.id = t.user_id join departments d on d.id = u.department_id
					where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.active""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApiTokenService(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Makes a token for the signed-in user.
	 * @param user the owner
	 * @param name what to call it
	 * @param scope what it may do
	 * @param days how long it lasts
	 * @return the token itself, to show once
	 */
	@Transactional
	public String create(CurrentUser user, String name, TokenScope scope, Integer days) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new FieldException("name", "apiToken.name.invalid");
		}
		if (scope == null) {
			throw new FieldException("scope", "apiToken.scope.invalid");
		}
		if (days == null || !LIFETIMES.contains(days)) {
			throw new FieldException("days", "apiToken.days.invalid");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = "smr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		this.jdbc.update("""
				insert into api_tokens (user_id, name, token_hash, token_prefix, scope, expires_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", user.id(), trimmed, hash(token), token.substring(0, 8), scope.name(),
				Timestamp.from(now.plus(Duration.ofDays(days))), Timestamp.from(now));
		return token;
	}

	/**
	 * The user's tokens, newest first.
	 * @param user the owner
	 * @return the tokens
	 */
	public List<ApiToken> mine(CurrentUser user) {
		return this.jdbc.query("""
				select id, name, token_prefix, scope, expires_at, created_at, last_used_at, revoked_at
				from api_tokens where user_id = ? order by created_at desc, id desc limit 100""",
				(rs, i) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
						TokenScope.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
						rs.getTimestamp(6).toInstant(),
						(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null,
						(rs.getTimestamp(8) != null) ? rs.getTimestamp(8).toInstant() : null),
				user.id());
	}

	/**
	 * The lifetimes a new token may have, in days.
	 * @return the choices
	 */
	public List<Integer> lifetimes() {
		return LIFETIMES;
	}

	/**
	 * The scopes a new token may have.
	 * @return the scopes
	 */
	public TokenScope[] scopes() {
		return TokenScope.values();
	}

	/**
	 * The present, for pages that show whether a token still works.
	 * @return now
	 */
	public Instant instant() {
		return this.clock.instant();
	}

	/**
	 * Revokes one of the user's tokens at once.
	 * @param user the owner
	 * @param id the token's id
	 * @return true when a token of the user's was revoked now
	 */
	@Transactional
	public boolean revoke(CurrentUser user, long id) {
		return this.jdbc.update(
				"update api_tokens set revoked_at = ? where id = ? and user_id = ? and revoked_at is null",
				Timestamp.from(this.clock.instant()), id, user.id()) == 1;
	}

	/**
	 * Checks a presented token: known, not revoked, not expired, its user active. Records
	 * the use (to the minute).
	 * @param token the token from the header
	 * @return the user and scope, or empty
	 */
	@Transactional
	public Optional<Authenticated> authenticate(String token) {
		if (token == null || !token.startsWith("smr_") || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		List<Checked> found = this.jdbc
			.query(AUTHENTICATE, (rs, i) -> new Checked(
					new Authenticated(rs.getLong(1), TokenScope.valueOf(rs.getString(2)),
							new CurrentUser(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6),
									rs.getString(7), Role.valueOf(rs.getString(8)), null, true),
							DataVersion.read(rs)),
					rs.getTimestamp(9)), hash(token), Timestamp.from(now));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Checked checked = found.get(0);
		Instant recordedBefore = now.minus(LAST_USE_PRECISION);
		if (checked.lastUsed() == null || checked.lastUsed().toInstant().isBefore(recordedBefore)) {
			// to the minute: most requests write nothing
			this.jdbc.update(
					"update api_tokens set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
					Timestamp.from(now), checked.authenticated().tokenId(), Timestamp.from(recordedBefore));
		}
		return Optional.of(checked.authenticated());
	}

	/**
	 * The statement that reads a token's user and the data's numbers: what every API
	 * response depends on besides its own reads (core.pagecache).
	 * @return its text
	 */
	public static String authenticationStatement() {
		return AUTHENTICATE;
	}

	static String hash(String token) {
		return org.smrdesk.core.Sha256.hex(token);
	}

	private record Checked(Authenticated authenticated, Timestamp lastUsed) {
	}

	/**
	 * A token that checked out.
	 *
	 * @param tokenId the token's id
	 * @param scope what it may do
	 * @param user whose it is
	 * @param dataVersion the numbers of the data's tables, read with the token
	 * ({@link DataVersion})
	 */
	public record Authenticated(long tokenId, TokenScope scope, CurrentUser user, long[] dataVersion) {
	}

}
