package org.smrdesk.core;

import java.util.function.Supplier;

/**
 * A business rule refused one field of a form (a duplicate e-mail, a wrong current
 * password, an unknown department). {@link Forms#submit} turns it into a field error
 * beside that field.
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

	/**
	 * Loads the record a form field refers to, or refuses the field when there is none.
	 * @param <T> the record's type
	 * @param field the form field holding the reference
	 * @param code the message key shown beside it
	 * @param loader loads the record, throwing {@link NotFoundException} when it is
	 * missing
	 * @return the record
	 * @throws FieldException when the record is missing
	 */
	public static <T> T whenMissing(String field, String code, Supplier<T> loader) {
		try {
			return loader.get();
		}
		catch (NotFoundException ex) {
			throw new FieldException(field, code);
		}
	}

	/**
	 * Runs an action on the record a form field refers to, or refuses the field when
	 * there is none.
	 * @param field the form field holding the reference
	 * @param code the message key shown beside it
	 * @param action the action, throwing {@link NotFoundException} when the record is
	 * missing
	 * @throws FieldException when the record is missing
	 */
	public static void whenMissing(String field, String code, Runnable action) {
		whenMissing(field, code, () -> {
			action.run();
			return null;
		});
	}

}
