package org.smrdesk.user;

/**
 * The security events written to the audit log and the application log (logger
 * {@code org.smrdesk.security}). None of them carries a password, a code or a session id.
 */
public enum SecurityEvent {

	/** A wrong password (or an unknown account). */
	SIGN_IN_FAILED,

	/** A sign-in refused because the account or the address is locked for now. */
	SIGN_IN_REFUSED,

	/** Too many failures: the account is locked for the lockout period. */
	ACCOUNT_LOCKED,

	/** Too many failures from one address: sign-ins from it are refused for a while. */
	ADDRESS_THROTTLED,

	/** A request answered 403. */
	ACCESS_DENIED,

	/** A user's role changed. */
	ROLE_CHANGED,

	/** A password was changed (by its owner or by a lead). */
	PASSWORD_CHANGED,

	/** A second factor was turned on. */
	MFA_ENABLED,

	/** A second factor was turned off. */
	MFA_DISABLED,

	/** A wrong second-factor code. */
	MFA_FAILED,

	/** A one-time recovery code was used to sign in. */
	RECOVERY_CODE_USED,

	/** New recovery codes were made (the old ones no longer work). */
	RECOVERY_CODES_RENEWED

}
