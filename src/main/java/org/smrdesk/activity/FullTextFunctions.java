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
	}

}
