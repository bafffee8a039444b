package org.smrdesk.core;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * The packaged application never starts an embedded database: without {@code SMR_DB_URL}
 * it stops and says what to set, in one line.
 */
class DatabaseSettingsFailureAnalyzer implements FailureAnalyzer, Ordered {

	static final String DESCRIPTION = "No database configured: set SMR_DB_URL (e.g. jdbc:postgresql://db-host:5432/smrdesk), SMR_DB_USER and SMR_DB_PASSWORD.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if ("DataSourceBeanCreationException".equals(cause.getClass().getSimpleName())) {
				return new FailureAnalysis(DESCRIPTION,
						"Set SMR_DB_URL, SMR_DB_USER and SMR_DB_PASSWORD, or run ./mvnw spring-boot:run for an embedded database.",
						cause);
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
