package org.smrdesk.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A second-factor code as typed: six digits from the authenticator app, or a recovery
 * code.
 */
public class CodeForm {

	@NotBlank
	@Size(max = 40)
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
