package org.smrdesk.channel;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets JPQL use the full-text columns of services and accounts (generated {@code search}
 * columns, GIN indexes), so a search and its details are one query:
 * {@code service_matches(:tsquery, s.id) = true}, {@code account_matches(:tsquery, a.id)
 * = true}, and {@code service_rank(:tsquery, s.id)} for the order. Registered through
 * {@code META-INF/services}.
 */
public class ChannelFullTextFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		var types = contributions.getTypeConfiguration().getBasicTypeRegistry();
		var functions = contributions.getFunctionRegistry();
		functions.registerPattern("service_matches",
				"(?2 in (select m.id from social_services m where m.search @@ to_tsquery('simple', ?1)))",
				types.resolve(StandardBasicTypes.BOOLEAN));
		functions.registerPattern("account_matches",
				"(?2 in (select m.id from accounts m where m.search @@ to_tsquery('simple', ?1)))",
				types.resolve(StandardBasicTypes.BOOLEAN));
		functions.registerPattern("service_rank",
				"(select ts_rank(m.search, to_tsquery('simple', ?1)) from social_services m where m.id = ?2)",
				types.resolve(StandardBasicTypes.FLOAT));
	}

}
