package org.smrdesk.user;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.smrdesk.audit.AuditService;
import org.smrdesk.core.AuditLog;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DatabaseOutage;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes security events to the audit log (through {@link AuditService}) and to the
 * application log, logger {@code org.smrdesk.security}. An event names the account by its
 * e-mail address only when the account exists (what someone typed as a user name may be a
 * password typed in the wrong field), and never carries a password, a code or a session
 * id.
 */
@Component
class SecurityEvents {

	private static final Log logger = LogFactory.getLog("org.smrdesk.security");

	private static final String UNKNOWN = "(unknown account)";

	private static final Set<AuditLog.Action> CHANGES = EnumSet.of(AuditLog.Action.ROLE_CHANGED,
			AuditLog.Action.PASSWORD_CHANGED, AuditLog.Action.MFA_ENABLED, AuditLog.Action.MFA_DISABLED,
			AuditLog.Action.RECOVERY_CODE_USED, AuditLog.Action.RECOVERY_CODES_RENEWED);

	private final AuditService audit;

	private final UserRepository users;

	private final TransactionTemplate alone;

	SecurityEvents(AuditService audit, UserRepository users, PlatformTransactionManager transactions) {
		this.audit = audit;
		this.users = users;
		this.alone = new TransactionTemplate(transactions);
		this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records an event about an account.
	 * @param event what happened
	 * @param userId the account concerned, or null when unknown
	 * @param account its e-mail address, or null when unknown
	 * @param detail a fixed description from the code (a role, a path), never input
	 */
	void record(AuditLog.Action event, @Nullable Long userId, @Nullable String account, String detail) {
		String subject = (account != null) ? account : UNKNOWN;
		String actor = actor(subject);
		logger.warn("Security event " + event + ": account=" + subject + ", by=" + actor + ", address="
				+ clientAddress() + (detail.isEmpty() ? "" : ", " + detail));
		write(event, actor, (userId != null) ? userId : 0L);
	}

	/**
	 * A change (role, password, second factor) is written in its transaction, so it is
	 * recorded exactly when it happens; a refusal or failure is written on its own, as
	 * the request's transaction (read-only, or rolled back) would lose it.
	 */
	private void write(AuditLog.Action event, String actor, long userId) {
		try {
			if (CHANGES.contains(event)) {
				this.audit.record(actor, event, "User", userId);
			}
			else {
				this.alone.executeWithoutResult((status) -> this.audit.record(actor, event, "User", userId));
			}
		}
		catch (DataAccessException ex) {
			logger.error("Security event " + event + " not written to the audit log: " + ex.getMessage());
		}
	}

	/**
	 * Records an event about the address of the current request (no account).
	 * @param event what happened
	 * @param address the client's address
	 */
	void recordAddress(AuditLog.Action event, String address) {
		logger.warn("Security event " + event + ": address=" + address);
		write(event, "address " + address, 0L);
	}

	/**
	 * Records an event about the account with this sign-in name, if there is one.
	 * @param event what happened
	 * @param username what was typed as the user name
	 * @param detail a fixed description
	 */
	void recordForName(AuditLog.Action event, @Nullable String username, String detail) {
		User user = (username != null) ? this.users.findByEmail(User.normalizeEmail(username)).orElse(null) : null;
		record(event, (user != null) ? user.getId() : null, (user != null) ? user.getEmail() : null, detail);
	}

	@EventListener
	void onSignInFailure(AbstractAuthenticationFailureEvent event) {
		if (DatabaseOutage.causedBy(event.getException())) {
			return;
		}
		if (event instanceof AuthenticationFailureLockedEvent || SecurityConfiguration.isLocked(event.getException())) {
			// recorded where the lock is found (DatabaseUserDetailsService)
			return;
		}
		recordForName(AuditLog.Action.SIGN_IN_FAILED, event.getAuthentication().getName(), "");
	}

	private static String actor(String subject) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user.email();
		}
		return subject;
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}

}
