package org.smrdesk.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Sha256;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a URL with an unguessable token ({@code trn_} and 256 random
 * bits) that calendar apps fetch without signing in. Only its SHA-256 is stored, so the
 * address is shown once, when made. The token shows only the person's own sessions, and
 * replacing it revokes the old URL.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** How a feed secret begins, so a leaked one is recognised. */
	static final String PREFIX = "trn_";

	/** How many of its first characters "My trainings" shows. */
	static final int PREFIX_SHOWN = 8;

	private final CalendarFeedRepository feeds;

	private final EnrolmentRepository enrolments;

	private final UserService users;

	private final TrainingCalendar calendar;

	private final Clock clock;

	CalendarFeedService(CalendarFeedRepository feeds, EnrolmentRepository enrolments, UserService users,
			TrainingCalendar calendar, Clock clock) {
		this.feeds = feeds;
		this.enrolments = enrolments;
		this.users = users;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The user's feed as "My trainings" shows it: never its secret, which is shown once
	 * when made.
	 * @param userId the user
	 * @return the feed, if they made one
	 */
	public Optional<CalendarFeed> of(Long userId) {
		return this.feeds.findByUserId(userId);
	}

	/**
	 * Makes the user's feed secret, replacing the one before (whose URL stops working at
	 * once). Only its SHA-256 is stored.
	 * @param userId the user
	 * @return the new secret, to show once
	 */
	@Transactional
	public String renew(Long userId) {
		String token = newToken();
		CalendarFeed feed = this.feeds.findByUserId(userId)
			.orElseGet(() -> new CalendarFeed(this.users.getReference(userId)));
		feed.replaceToken(Sha256.hex(token), token.substring(0, PREFIX_SHOWN));
		this.feeds.saveAndFlush(feed);
		return token;
	}

	/**
	 * Whether a token opens a feed (used by the security rule for the feed URL).
	 * @param token the token from the URL
	 * @return true for a current token of an active user
	 */
	public boolean isValid(String token) {
		return find(token).isPresent();
	}

	/**
	 * The feed for a token.
	 * @param token the token
	 * @return the calendar text
	 * @throws NotFoundException for an unknown token
	 */
	public String feed(String token) {
		CalendarFeed feed = find(token).orElseThrow(() -> new NotFoundException("CalendarFeed", "token"));
		Long userId = feed.getUser().getId();
		List<Enrolment> mine = new ArrayList<>(this.enrolments.findMine(userId, false, this.clock.instant()));
		mine.addAll(this.enrolments.findMine(userId, true, this.clock.instant()));
		return this.calendar.feed("SMR Desk trainings: " + feed.getUser().getDisplayName(), mine, this.clock.instant());
	}

	private Optional<CalendarFeed> find(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(Sha256.hex(token)).filter((feed) -> feed.getUser().isActive());
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
