package org.smrdesk.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * A node started against a database that a newer version of SMR Desk has migrated (a
 * migration applied there that this version does not know) refuses to start, with one
 * line saying so, instead of running old code on a newer schema. Flyway's validation
 * finds it ({@code spring.flyway.ignore-migration-patterns} ignores only repeatable
 * scripts, such as the demo data, that a profile left out).
 */
class SchemaVersionFailureAnalyzer implements FailureAnalyzer, Ordered {

	static final String DESCRIPTION = "The database was migrated by a newer version of SMR Desk (migration %s is unknown to this version): run that version or a later one, or restore a backup taken before the upgrade.";

	private static final Pattern UNKNOWN = Pattern
		.compile("(?:applied migration not resolved locally|resolved locally): ([^\\s.]+(?:\\.[^\\s.]+)*)");

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (cause.getClass().getName().startsWith("org.flywaydb") && message != null
					&& message.contains("not resolved locally")) {
				Matcher unknown = UNKNOWN.matcher(message);
				String version = unknown.find() ? unknown.group(1) : "?";
				return new FailureAnalysis(DESCRIPTION.formatted(version),
						"Deploy the newer version of SMR Desk on every node (never run an older one on a migrated database).",
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
