package org.smrdesk.incident;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets JPQL search incidents and their timelines: {@code timeline_matches(:words, i.id)
 * = true} is true when an entry of the incident matches the words as typed in a search
 * box (PostgreSQL full-text search, {@code websearch_to_tsquery}: words, "a phrase",
 * -not, or; the expression is the one the GIN index of V46_5 is built on);
 * {@code incident_text_matches(:text, i.id) = true} when the incident's title, service
 * name or summary contains the lower-case text (the lowered text kept with the row and
 * its trigram index, V103). Registered through {@code META-INF/services}.
 */
public class TimelineTextFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern("timeline_matches",
					"(?2 in (select t.incident_id from incident_timeline_entries t "
							+ "where to_tsvector('english', t.body) @@ websearch_to_tsquery('english', ?1)))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
		contributions.getFunctionRegistry()
			.registerPattern("incident_text_matches",
					"(?2 in (select x.id from incidents x where x.search_text like ('%' || ?1 || '%')))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
