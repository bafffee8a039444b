package org.smrdesk.core;

/**
 * A business rule refused one field of a form (a duplicate e-mail, a wrong current
 * password). Controllers turn it into a field error beside that field.
 */
public class FieldException extends RuntimeException {

	private final String field;

	private final String code;

	public FieldException(String field, String code) {
		super(field + ": " + code);
		this.field = field;
		this.code = code;
	}

	public String getField() {
		return this.field;
	}

	public String getCode() {
		return this.code;
	}

}
