package org.smrdesk.incident;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets JPQL search the timelines with PostgreSQL full-text search:
 * {@code timeline_matches(i.id, :words) = true} is true when an entry of the incident
 * matches the words as typed in a search box ({@code websearch_to_tsquery}: words, "a
 * phrase", -not, or). The expression is the one the GIN index of V46_5 is built on.
 * Registered through {@code META-INF/services}.
 */
public class TimelineTextFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern("timeline_matches",
					"(?1 in (select t.incident_id from incident_timeline_entries t "
							+ "where to_tsvector('english', t.body) @@ websearch_to_tsquery('english', ?2)))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
