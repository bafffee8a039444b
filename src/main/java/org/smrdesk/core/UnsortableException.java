package org.smrdesk.core;

/**
 * A request asked to sort a list by a property it may not be sorted by (answered with
 * 400).
 */
public class UnsortableException extends RuntimeException {

	private final String property;

	public UnsortableException(String property) {
		super("This list cannot be sorted by '" + property + "'.");
		this.property = property;
	}

	public String getProperty() {
		return this.property;
	}

}
