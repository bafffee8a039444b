package org.smrdesk;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.query.spi.QueryParameterBindings;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.sql.SqmTranslator;
import org.hibernate.query.sqm.sql.StandardSqmTranslatorFactory;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.sql.ast.spi.SqlAstCreationContext;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Hibernate's translator of JPQL selects into SQL, counting the translations made on the
 * calling thread (set as {@code hibernate.query.sqm.translator} in the tests'
 * configuration). Hibernate keeps a select's translation and uses it again, unless the
 * query cannot be kept: a parameter that may take a list ({@code in :ids}, or the last
 * argument of a function), an entity graph, a criteria query. Such a query is translated
 * again on every call, a cost per request that grows with the query's size.
 */
public class QueryTranslations extends StandardSqmTranslatorFactory {

	private static final ThreadLocal<List<String>> MADE = ThreadLocal.withInitial(ArrayList::new);

	@Override
	public SqmTranslator<SelectStatement> createSelectTranslator(SqmSelectStatement<?> sqm, QueryOptions queryOptions,
			DomainParameterXref domainParameterXref, QueryParameterBindings domainParameterBindings,
			LoadQueryInfluencers loadQueryInfluencers, SqlAstCreationContext creationContext,
			boolean deduplicateSelectionItems) {
		MADE.get().add(sqm.toHqlString());
		return super.createSelectTranslator(sqm, queryOptions, domainParameterXref, domainParameterBindings,
				loadQueryInfluencers, creationContext, deduplicateSelectionItems);
	}

	/**
	 * The selects translated while an action ran on this thread.
	 * @param action the action
	 * @return each translated select as JPQL, in order
	 * @throws Exception what the action threw
	 */
	public static List<String> during(Action action) throws Exception {
		MADE.get().clear();
		try {
			action.run();
			return List.copyOf(MADE.get());
		}
		finally {
			MADE.get().clear();
		}
	}

	/**
	 * Something to run.
	 */
	@FunctionalInterface
	public interface Action {

		/**
		 * Runs it.
		 * @throws Exception what it threw
		 */
		void run() throws Exception;

	}

}
