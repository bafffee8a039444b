package org.smrdesk.activity;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets JPQL use the full-text index of activities:
 * {@code activity_matches(:tsquery, a.id) = true} is true when the activity's generated
 * {@code search} column matches the {@code to_tsquery('simple', ...)} expression (GIN
 * index). Registered through {@code META-INF/services}.
 */
public class FullTextFunctions implements FunctionContributor {

	/**
	 * How many of the newest activities a search for the newest matches looks at first.
	 */
	static final int WALK = 300;

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern("activity_matches",
					"(?2 in (select m.id from activities m where m.search @@ to_tsquery('simple', ?1)))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
		// the newest ?2 matches: first among the newest WALK activities, walking the date
		// index (a frequent word is found there at once: "campaign", one activity in
		// twenty, costs 0.4 ms instead of 9 ms through the GIN index, which must read all
		// its 5,000 matches to sort them); when fewer than ?2 are found there, through
		// the GIN index (offset 0 keeps the planner from walking the date index instead,
		// which reads every activity for a rare word; the short walk costs a rare word
		// about 0.4 ms more); then as an array the outer query reads by primary key
		contributions.getFunctionRegistry()
			.registerPattern("activity_newest_matches", "(?3 = any(coalesce((select case when cardinality(r.ids) >= ?2 "
					+ "then r.ids end from (select array(select w.id from (select id, activity_date, search "
					+ "from activities order by activity_date desc, id desc limit " + WALK + ") w "
					+ "where w.search @@ to_tsquery('simple', ?1) order by w.activity_date desc, w.id desc limit ?2) "
					+ "as ids offset 0) r), array(select m.id from (select id, activity_date from activities "
					+ "where search @@ to_tsquery('simple', ?1) offset 0) m "
					+ "order by m.activity_date desc, m.id desc limit ?2))))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
