package org.smrdesk.responsibility;

import java.util.List;

/**
 * The incident kinds a responsibility can be linked to (the values of
 * {@code responsibilities.incident_kind}), so an incident of that kind suggests the
 * responsibility's R and A departments.
 */
public final class IncidentKinds {

	/** Every kind, in the order of the product. */
	public static final List<String> ALL = List.of("complaint", "criticism", "misinformation", "employee_post",
			"product_problem", "data_security", "campaign_backlash", "other");

	private IncidentKinds() {
	}

}
