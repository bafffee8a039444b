package org.smrdesk.calendar;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.CalendarEntry;
import org.smrdesk.core.CalendarSource;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.core.Times;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's deadline feed: a secret URL ({@code cal_} and 256 random bits, only its
 * SHA-256 stored, shown once), made, replaced and revoked on the account page. The feed
 * gathers the {@link CalendarSource}s in their order, for the feed's owner as they are
 * now (role and active flag read at each fetch), from 90 days back to a year ahead.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineFeedService {

	/** How far back the feed reaches. */
	static final int DAYS_BACK = 90;

	/** How far ahead the feed reaches. */
	static final int DAYS_AHEAD = 366;

	/** The last fetch is written at most once a minute. */
	static final Duration FETCH_PRECISION = Duration.ofMinutes(1);

	private static final String PREFIX = "cal_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final List<CalendarSource> sources;

	private final DeadlineCalendar calendar;

	private final Times times;

	private final Clock clock;

	DeadlineFeedService(JdbcTemplate jdbc, List<CalendarSource> sources, DeadlineCalendar calendar, Times times,
			Clock clock) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.calendar = calendar;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * The user's feed, if they have one.
	 * @param user the owner
	 * @return the feed without its secret
	 */
	public Optional<CalendarFeedToken> of(CurrentUser user) {
		return this.jdbc
			.query("select token_prefix, created_at, last_fetched_at from calendar_feeds where user_id = ?",
					(rs, i) -> new CalendarFeedToken(rs.getString(1), rs.getTimestamp(2).toInstant(),
							(rs.getTimestamp(3) != null) ? rs.getTimestamp(3).toInstant() : null),
					user.id())
			.stream()
			.findFirst();
	}

	/**
	 * Makes the user's feed secret, replacing the one before (whose URL stops working at
	 * once).
	 * @param user the owner
	 * @return the new secret, to show once
	 */
	@Transactional
	public String renew(CurrentUser user) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.jdbc.update("""
				insert into calendar_feeds (user_id, token_hash, token_prefix, created_at) values (?, ?, ?, ?)
				on conflict (user_id) do update set token_hash = excluded.token_hash,
				    token_prefix = excluded.token_prefix, created_at = excluded.created_at, last_fetched_at = null""",
				user.id(), hash(token), token.substring(0, 8), Timestamp.from(this.clock.instant()));
		return token;
	}

	/**
	 * Deletes the user's feed: its URL stops working.
	 * @param user the owner
	 * @return true when there was one
	 */
	@Transactional
	public boolean revoke(CurrentUser user) {
		return this.jdbc.update("delete from calendar_feeds where user_id = ?", user.id()) == 1;
	}

	/**
	 * Whether a secret opens a feed of an active user (the security rule for the URL).
	 * @param token the secret from the URL
	 * @return true when it does
	 */
	public boolean isValid(String token) {
		return owner(token).isPresent();
	}

	/**
	 * The feed for a secret, for its owner as they are now; records the fetch.
	 * @param token the secret from the URL
	 * @return the calendar text, or empty for an unknown or revoked secret or an inactive
	 * user
	 */
	@Transactional
	public Optional<String> feed(String token) {
		Optional<Owner> owner = owner(token);
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		this.jdbc.update(
				"update calendar_feeds set last_fetched_at = ? where id = ? and (last_fetched_at is null or last_fetched_at < ?)",
				Timestamp.from(now), owner.get().feedId(), Timestamp.from(now.minus(FETCH_PRECISION)));
		CurrentUser user = owner.get().user();
		LocalDate today = LocalDate.ofInstant(now, this.times.companyZone());
		List<CalendarEntry> entries = new ArrayList<>();
		for (CalendarSource source : this.sources) {
			entries.addAll(source.entriesFor(user, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD)));
		}
		return Optional.of(this.calendar.write("SMR Desk deadlines: " + user.displayName(), entries, now));
	}

	private Optional<Owner> owner(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.query("""
					select f.id, u.id, u.email, u.display_name, d.id, d.name, u.role
					from calendar_feeds f join users u on u.id = f.user_id join departments d on d.id = u.department_id
					where f.token_hash = ? and u.active""",
					(rs, i) -> new Owner(rs.getLong(1),
							new CurrentUser(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
									rs.getString(6), Role.valueOf(rs.getString(7)), null, true)),
					hash(token))
			.stream()
			.findFirst();
	}

	static String hash(String token) {
		return org.smrdesk.core.Sha256.hex(token);
	}

	private record Owner(long feedId, CurrentUser user) {
	}

}
