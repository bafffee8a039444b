package org.smrdesk.core;

/**
 * The headers every response carries, in one place for the security configuration and the
 * few responses written before it runs.
 */
public final class SecurityHeaders {

	/**
	 * The Content-Security-Policy of every response: nothing inline, nothing from
	 * elsewhere.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

}
