package org.smrdesk.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one story of time: "now" from the application {@link Clock}, instants stored in
 * UTC, and every time shown or typed in the signed-in user's zone (their own, or the
 * company zone {@code smr.time-zone}). Templates format every moment through it, so the
 * zone is always printed: {@code ${@times.format(incident.detectedAt)}} gives
 * {@code 2009-06-12 16:30 EDT}.
 */
@Component("times")
public class Times {

	/** The pattern of a moment on pages, print views, PDFs and e-mails. */
	public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.US);

	private static final DateTimeFormatter MOMENT_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
			Locale.US);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);

	private static final String REQUEST_ZONE = Times.class.getName() + ".zone";

	private final Clock clock;

	private final ZoneId companyZone;

	private final ObjectProvider<UserZones> userZones;

	Times(Clock clock, @Value("${smr.time-zone:Europe/Berlin}") String companyZone,
			ObjectProvider<UserZones> userZones) {
		this.clock = clock;
		this.companyZone = ZoneId.of(companyZone);
		this.userZones = userZones;
	}

	/**
	 * A helper for tests and other non-Spring code: no user zones, only the company zone.
	 * @param clock the clock
	 * @param companyZone the company zone
	 * @return the helper
	 */
	public static Times of(Clock clock, ZoneId companyZone) {
		return new Times(clock, companyZone.getId(), null);
	}

	/**
	 * The present moment, from the application {@link Clock}.
	 * @return the instant
	 */
	public Instant instant() {
		return this.clock.instant();
	}

	/**
	 * Today in the signed-in user's zone.
	 * @return the date
	 */
	public LocalDate today() {
		return instant().atZone(zone()).toLocalDate();
	}

	/**
	 * Now as a form shows it: in the user's zone, to the minute.
	 * @return the local date and time
	 */
	public LocalDateTime nowForForm() {
		return LocalDateTime.ofInstant(instant(), zone()).truncatedTo(ChronoUnit.MINUTES);
	}

	public ZoneId companyZone() {
		return this.companyZone;
	}

	/**
	 * The signed-in user's zone: their own, else the company's. Looked up once per
	 * request.
	 * @return the zone
	 */
	public ZoneId zone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(REQUEST_ZONE, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId z) {
			return z;
		}
		ZoneId zone = zoneOf(currentUserId());
		if (request != null) {
			request.setAttribute(REQUEST_ZONE, zone, RequestAttributes.SCOPE_REQUEST);
		}
		return zone;
	}

	/**
	 * Remembers the signed-in user's zone for the rest of the request, read with the user
	 * at the start of the request (so {@link #zone()} needs no query of its own).
	 * @param zoneId the zone the user chose, or null for the company zone
	 */
	public void rememberZoneOfThisRequest(String zoneId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			ZoneId zone = (zoneId != null) ? parseZone(zoneId).orElse(this.companyZone) : this.companyZone;
			request.setAttribute(REQUEST_ZONE, zone, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * A user's zone: their own, else the company's.
	 * @param userId the user, or null
	 * @return the zone
	 */
	public ZoneId zoneOf(Long userId) {
		UserZones zones = (this.userZones != null) ? this.userZones.getIfAvailable() : null;
		if (userId == null || zones == null) {
			return this.companyZone;
		}
		return zones.zoneOf(userId).orElse(this.companyZone);
	}

	private static Long currentUserId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user.id() : null;
	}

	/**
	 * A moment with its zone, in the user's zone ({@code 2009-06-12 16:30 EDT}); a date
	 * as a date.
	 * @param value an {@link Instant}, a {@link LocalDate}, or null
	 * @return the text, empty for null
	 */
	public String format(TemporalAccessor value) {
		return format(value, zone());
	}

	/**
	 * A time as a native query gives it: a {@code Timestamp} or an
	 * {@code OffsetDateTime}, depending on the driver's settings.
	 * @param value the value, or null
	 * @return the instant, or null
	 */
	public static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof Timestamp timestamp) ? timestamp.toInstant() : Instant.from((TemporalAccessor) value);
	}

	/**
	 * A moment with its zone, in a given zone.
	 * @param value an {@link Instant}, a {@link LocalDate}, or null
	 * @param zone the zone
	 * @return the text, empty for null
	 */
	public static String format(TemporalAccessor value, ZoneId zone) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return MOMENT.format(instant.atZone(zone));
		}
		if (value instanceof ZonedDateTime zoned) {
			return MOMENT.format(zoned);
		}
		return DATE.format(value);
	}

	/**
	 * A moment to the second, with its zone (the audit log).
	 * @param instant the moment, or null
	 * @return the text
	 */
	public String formatSeconds(Instant instant) {
		return (instant != null) ? MOMENT_SECONDS.format(instant.atZone(zone())) : "";
	}

	/**
	 * The day of a moment, in the user's zone.
	 * @param instant the moment, or null
	 * @return {@code yyyy-MM-dd}, empty for null
	 */
	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(zone())) : "";
	}

	/**
	 * A moment for a CSV file or the API: ISO 8601 with the user's offset
	 * ({@code 2009-06-12T16:30:00-04:00}).
	 * @param instant the moment, or null
	 * @return the text, empty for null
	 */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone())) : "";
	}

	/**
	 * The zone's short name right now, for labels ("times in EDT").
	 * @return the name and id, e.g. {@code America/New_York}
	 */
	public String zoneLabel() {
		return zone().getId();
	}

	/**
	 * Reads a date and time a user typed, in their zone.
	 * @param local what was typed
	 * @param field the form field, for the error
	 * @return the instant
	 * @throws FieldException {@code time.gap} when the time does not exist there (clocks
	 * moved forward)
	 */
	public Instant toInstant(LocalDateTime local, String field) {
		return toInstant(local, zone(), field);
	}

	/**
	 * Reads a date and time in a zone; a time that exists twice (clocks moved back) is
	 * taken at its first occurrence.
	 * @param local the local date and time
	 * @param zone the zone
	 * @param field the form field, for the error
	 * @return the instant
	 * @throws FieldException {@code time.gap} when the time does not exist in that zone
	 */
	public static Instant toInstant(LocalDateTime local, ZoneId zone, String field) {
		if (zone.getRules().getValidOffsets(local).isEmpty()) {
			throw new FieldException(field, "time.gap");
		}
		return local.atZone(zone).toInstant();
	}

	/**
	 * A stored moment as a form shows it, in the user's zone.
	 * @param instant the moment, or null
	 * @return the local date and time, or null
	 */
	public LocalDateTime toLocal(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, zone()) : null;
	}

	/**
	 * The zones a user may choose (region ids such as {@code Europe/Berlin}), sorted.
	 * @return the ids
	 */
	public java.util.List<String> zoneIds() {
		return ZoneId.getAvailableZoneIds()
			.stream()
			.filter((id) -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
			.sorted()
			.toList();
	}

	/**
	 * Whether a zone id is one this Java knows.
	 * @param id the id
	 * @return the zone, or empty
	 */
	public static Optional<ZoneId> parseZone(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id.strip()));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

}
