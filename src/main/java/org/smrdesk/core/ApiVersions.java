package org.smrdesk.core;

import java.util.Arrays;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

/**
 * Optimistic locking over HTTP, one way for every API record: GET one answers with an
 * {@code ETag} naming the record's version ({@code "3"}), so {@code If-None-Match} gets a
 * 304. Every change of a record ({@link #changesRecord}: a PUT, PATCH or DELETE, or an
 * action that reads {@code If-Match}) must send that tag in {@code If-Match}:
 * {@link ApiPreconditions} refuses a change without one with 428 (RFC 6585) before the
 * handler runs, and a tag that no longer matches is refused with 412 (a change between
 * the check and the write is caught by the service's version check and answers 412 too,
 * see {@code ApiErrorHandling}). {@code If-Match: *} applies the change to whatever
 * version is stored (RFC 9110: the record exists), knowingly giving up that check.
 */
public final class ApiVersions {

	/** The request header carrying the version a client last read. */
	public static final String IF_MATCH = "If-Match";

	private ApiVersions() {
	}

	/**
	 * A 200 answer tagged with the record's version.
	 * @param <T> the body type
	 * @param body the record as JSON
	 * @param version its version
	 * @return the answer
	 */
	public static <T> ResponseEntity<T> tagged(T body, Long version) {
		return ResponseEntity.ok().eTag(etag(version)).body(body);
	}

	/**
	 * The entity tag of a version.
	 * @param version the version
	 * @return the quoted tag
	 */
	public static String etag(Long version) {
		return "\"" + ((version != null) ? version : 0L) + "\"";
	}

	/**
	 * The version a change must apply to: the one the client names in {@code If-Match}
	 * (strong comparison: a weak tag {@code W/"3"} never matches), or the current one for
	 * {@code *}.
	 * @param ifMatch the header's value
	 * @param current the record's current version
	 * @return the version to hand to the service's check
	 * @throws PreconditionRequiredException when the header is missing or empty
	 * @throws PreconditionFailedException when no tag matches the current version
	 */
	public static Long expected(String ifMatch, Long current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		if ("*".equals(ifMatch.trim())) {
			return current;
		}
		String tag = etag(current);
		boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(tag::equals);
		if (!matches) {
			throw new PreconditionFailedException(tag);
		}
		return current;
	}

	/**
	 * Whether a handler changes a stored record, and so needs {@code If-Match}: a PUT,
	 * PATCH or DELETE of the API, or an API action that reads the header (a status
	 * change, a sign-off). Creates (POST) do not.
	 * @param handler the handler method
	 * @return true for a change
	 */
	public static boolean changesRecord(HandlerMethod handler) {
		if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)) {
			return false;
		}
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		if (mapping != null && Arrays.stream(mapping.method())
			.anyMatch((m) -> m == RequestMethod.PUT || m == RequestMethod.PATCH || m == RequestMethod.DELETE)) {
			return true;
		}
		return Arrays.stream(handler.getMethodParameters())
			.map((parameter) -> parameter.getParameterAnnotation(RequestHeader.class))
			.anyMatch((header) -> header != null
					&& (IF_MATCH.equalsIgnoreCase(header.name()) || IF_MATCH.equalsIgnoreCase(header.value())));
	}

	/**
	 * A change came without {@code If-Match} (answered with 428).
	 */
	public static class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException() {
			super("This change needs an If-Match header: send the ETag of the record from a GET (or * to "
					+ "overwrite whatever is stored), so that nobody's change is lost unseen.");
		}

	}

	/**
	 * The tag in {@code If-Match} no longer names the record's version.
	 */
	public static class PreconditionFailedException extends RuntimeException {

		private final String current;

		PreconditionFailedException(String current) {
			super("The record has changed since you read it (now " + current + ").");
			this.current = current;
		}

		public String getCurrent() {
			return this.current;
		}

	}

}
