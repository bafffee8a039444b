package org.smrdesk.user;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.SmrProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * No default credentials: the first LEAD comes from {@code SMR_ADMIN_EMAIL} /
 * {@code SMR_ADMIN_PASSWORD} when the database has no user yet.
 */
@Component
class FirstAdminInitializer implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdminInitializer.class);

	static final String HOW_TO = "SMR Desk has no users yet: set SMR_ADMIN_EMAIL and SMR_ADMIN_PASSWORD "
			+ "(at least 12 characters) and restart to create the first LEAD.";

	private final UserService users;

	private final UserAccounts accounts;

	private final SmrProperties properties;

	FirstAdminInitializer(UserService users, UserAccounts accounts, SmrProperties properties) {
		this.users = users;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.hasAnyUser()) {
			return;
		}
		SmrProperties.Admin admin = this.properties.admin();
		if (admin == null || !admin.isConfigured()) {
			logger.warn(HOW_TO);
			return;
		}
		try {
			this.accounts.createFirstAdmin(admin.email(), admin.password(), "Communications");
		}
		catch (DataIntegrityViolationException ex) {
			if (this.users.hasAnyUser()) {
				// another node, started at the same time on the same empty database, was
				// first
				logger.info("The first LEAD was created by another node.");
				return;
			}
			throw ex;
		}
		catch (FieldException ex) {
			logger.error("SMR_ADMIN_PASSWORD was refused (" + ex.getCode() + "): choose a passphrase of at least 12 "
					+ "characters that is not a common password, and restart. No user was created.");
			return;
		}
		logger.info("Created the first LEAD from SMR_ADMIN_EMAIL.");
	}

}
