package org.smrdesk.monitoring;

/**
 * A keyword query that cannot be read, with where (1-based column, or 0 when unknown).
 */
public class QuerySyntaxException extends RuntimeException {

	private final int position;

	QuerySyntaxException(String message, int position) {
		super(message);
		this.position = position;
	}

	public int getPosition() {
		return this.position;
	}

}
