package org.smrdesk.incident;

/**
 * The timeline's filters: a group key ({@code d<id>} for a department, {@code p<PARTY>}
 * for an outside party), internal or external, and a type. Empty means any.
 *
 * @param group the group key, or null
 * @param scope "internal", "external" or null
 * @param type the entry type, or null
 */
public record TimelineFilter(String group, String scope, TimelineEntryType type) {

	static final TimelineFilter NONE = new TimelineFilter(null, null, null);

	Long departmentId() {
		if (this.group != null && this.group.startsWith("d")) {
			try {
				return Long.valueOf(this.group.substring(1));
			}
			catch (NumberFormatException ex) {
				return -1L;
			}
		}
		return null;
	}

	OutsideParty party() {
		if (this.group != null && this.group.startsWith("p")) {
			for (OutsideParty party : OutsideParty.values()) {
				if (party.name().equals(this.group.substring(1))) {
					return party;
				}
			}
		}
		return null;
	}

	Boolean external() {
		if ("external".equals(this.scope)) {
			return Boolean.TRUE;
		}
		return "internal".equals(this.scope) ? Boolean.FALSE : null;
	}

	public boolean isActive() {
		return (this.group != null && !this.group.isEmpty()) || external() != null || this.type != null;
	}

}
