package org.smrdesk.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Changing one's own password: the current one, and the new one twice.
 */
public class PasswordForm {

	@NotBlank
	@Size(max = 256)
	private String currentPassword;

	@NotBlank
	@Size(min = 12, max = 256)
	private String newPassword;

	@NotBlank
	@Size(max = 256)
	private String confirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
