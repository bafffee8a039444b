package org.smrdesk.core;

/**
 * A business rule refused an action (an invalid status transition, outreach to a "do not
 * contact" person). The code is a message key; web controllers show it as a form or flash
 * error, the API as a 409/422 problem.
 */
public class RuleException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	public RuleException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
