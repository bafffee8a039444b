package org.smrdesk.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.NotFoundException;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: a URL with an unguessable token that calendar apps fetch
 * without signing in. The token shows only the person's own sessions, and replacing it
 * revokes the old URL.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

	private static final SecureRandom RANDOM = new SecureRandom();

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
	 * The user's feed token, made on first use.
	 * @param userId the user
	 * @return the token
	 */
	@Transactional
	public String tokenOf(Long userId) {
		return this.feeds.findByUserId(userId)
			.orElseGet(() -> this.feeds.saveAndFlush(new CalendarFeed(this.users.getReference(userId), newToken())))
			.getToken();
	}

	/**
	 * Replaces the user's token: the old feed URL stops working.
	 * @param userId the user
	 * @return the new token
	 */
	@Transactional
	public String regenerate(Long userId) {
		Optional<CalendarFeed> feed = this.feeds.findByUserId(userId);
		if (feed.isEmpty()) {
			return tokenOf(userId);
		}
		feed.get().replaceToken(newToken());
		this.feeds.flush();
		return feed.get().getToken();
	}

	/**
	 * Whether a token opens a feed (used by the security rule for the feed URL).
	 * @param token the token from the URL
	 * @return true for a current token of an active user
	 */
	public boolean isValid(String token) {
		return token != null && token.length() >= 32
				&& this.feeds.findByToken(token).map((feed) -> feed.getUser().isActive()).orElse(false);
	}

	/**
	 * The feed for a token.
	 * @param token the token
	 * @return the calendar text
	 * @throws NotFoundException for an unknown token
	 */
	public String feed(String token) {
		CalendarFeed feed = this.feeds.findByToken(token)
			.filter((f) -> f.getUser().isActive())
			.orElseThrow(() -> new NotFoundException("CalendarFeed", "token"));
		Long userId = feed.getUser().getId();
		List<Enrolment> mine = new ArrayList<>(this.enrolments.findMine(userId, false, this.clock.instant()));
		mine.addAll(this.enrolments.findMine(userId, true, this.clock.instant()));
		return this.calendar.feed("SMR Desk trainings: " + feed.getUser().getDisplayName(), mine, this.clock.instant());
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
