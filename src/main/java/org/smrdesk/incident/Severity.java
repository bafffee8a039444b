package org.smrdesk.incident;

/**
 * How bad an incident is, 1 (crisis) to 4 (minor). Levels 1 and 2 are crises: they stand
 * out on every page. Stored as the level number, so sorting by severity puts crises
 * first.
 */
public enum Severity {

	CRISIS(1), MAJOR(2), MODERATE(3), MINOR(4);

	private final int level;

	Severity(int level) {
		this.level = level;
	}

	public int getLevel() {
		return this.level;
	}

	public boolean isCrisis() {
		return this.level <= 2;
	}

	public static Severity of(int level) {
		for (Severity severity : values()) {
			if (severity.level == level) {
				return severity;
			}
		}
		throw new IllegalArgumentException("No severity " + level);
	}

}
