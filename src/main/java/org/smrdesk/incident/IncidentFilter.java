package org.smrdesk.incident;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import org.smrdesk.core.ArrayFunctions;
import org.smrdesk.core.IncidentKind;

/**
 * The list's filters: free text, status ("open" by default, "all", or one status),
 * severity and kind.
 *
 * @param q text in the title or service name
 * @param status "open", "all" or a status name
 * @param severity a severity, or null for any
 * @param kind a kind, or null for any
 */
public record IncidentFilter(String q, String status, Severity severity, IncidentKind kind) {

	public IncidentFilter {
		q = (q != null) ? q.strip().toLowerCase(Locale.ROOT) : "";
		status = (status != null && !status.isBlank()) ? status : "open";
	}

	/**
	 * The statuses shown, by name (bound as one array parameter, so Hibernate keeps the
	 * list query's translation).
	 * @return their names
	 */
	String[] statusNames() {
		return ArrayFunctions.names(statuses());
	}

	Collection<IncidentStatus> statuses() {
		if ("all".equals(this.status)) {
			return EnumSet.allOf(IncidentStatus.class);
		}
		for (IncidentStatus candidate : IncidentStatus.values()) {
			if (candidate.name().equals(this.status)) {
				return EnumSet.of(candidate);
			}
		}
		return IncidentStatus.open();
	}

}
