package org.smrdesk.activity;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets JPQL use the full-text index of activities:
 * {@code activity_matches(a.id, :tsquery) = true} is true when the activity's generated
 * {@code search} column matches the {@code to_tsquery('simple', ...)} expression (GIN
 * index). Registered through {@code META-INF/services}.
 */
public class FullTextFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern("activity_matches",
					"(?1 in (select m.id from activities m where m.search @@ to_tsquery('simple', ?2)))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
		// the newest ?3 matches, found through the GIN index first (offset 0 keeps the
		// planner from walking the date index instead, which reads every activity for a
		// rare word), then as an array the outer query reads by primary key
		contributions.getFunctionRegistry()
			.registerPattern("activity_newest_matches",
					"(?1 = any(array(select m.id from (select id, activity_date from activities "
							+ "where search @@ to_tsquery('simple', ?2) offset 0) m "
							+ "order by m.activity_date desc, m.id desc limit ?3)))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
