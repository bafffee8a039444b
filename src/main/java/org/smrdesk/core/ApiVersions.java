package org.smrdesk.core;

import java.util.Arrays;

import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP, one way for every API record: GET one answers with an
 * {@code ETag} naming the record's version ({@code "3"}), so {@code If-None-Match} gets a
 * 304; a PUT, PATCH or DELETE may send that tag in {@code If-Match}, and a tag that no
 * longer matches is refused with 412 (a change between the check and the write is caught
 * by the service's version check and answers 412 too, see {@code ApiErrorHandling}).
 * Without {@code If-Match} the change applies to the current version.
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
	 * The version a change must apply to: the one the client names in {@code If-Match},
	 * or the current one when it sends none (or {@code *}).
	 * @param ifMatch the header's value, null when absent
	 * @param current the record's current version
	 * @return the version to hand to the service's check
	 * @throws PreconditionFailedException when no tag matches the current version
	 */
	public static Long expected(String ifMatch, Long current) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
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
