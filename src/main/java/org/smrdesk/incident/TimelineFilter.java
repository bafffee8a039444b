package org.smrdesk.incident;

/**
 * The timeline's filters: a group key ({@code d<id>} for a department, {@code n<id>} for
 * a named outside party, {@code p<PARTY>} for an outside party by kind), internal or
 * external, a type, and words to find in the entries. Empty means any.
 *
 * @param group the group key, or null
 * @param scope "internal", "external" or null
 * @param type the entry type, or null
 * @param q words to find in the text, the actor or the channel, or null
 */
public record TimelineFilter(String group, String scope, TimelineEntryType type, String q) {

	static final TimelineFilter NONE = new TimelineFilter(null, null, null, null);

	public TimelineFilter(String group, String scope, TimelineEntryType type) {
		this(group, scope, type, null);
	}

	/**
	 * The search text, lower case, or empty for none.
	 * @return the text
	 */
	String text() {
		return (this.q == null) ? "" : this.q.strip().toLowerCase(java.util.Locale.ROOT);
	}

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

	Long namedPartyId() {
		if (this.group != null && this.group.startsWith("n")) {
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
		return (this.group != null && !this.group.isEmpty()) || external() != null || this.type != null
				|| !text().isEmpty();
	}

}
