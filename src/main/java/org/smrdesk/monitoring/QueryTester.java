package org.smrdesk.monitoring;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;

import org.springframework.stereotype.Component;

/**
 * "Test this query": which of the latest mentions a query would match, before it is
 * saved.
 */
@Component
class QueryTester {

	private final MentionService mentions;

	QueryTester(MentionService mentions) {
		this.mentions = mentions;
	}

	/**
	 * Runs a query over the latest mentions.
	 * @param text the query
	 * @param over how many of the latest mentions
	 * @return the result
	 * @throws QuerySyntaxException when it cannot be read
	 */
	TestResult test(String text, int over) {
		Query query = QueryMatcher.parse(text);
		List<MentionRow> latest = this.mentions.latest(over);
		Map<Long, BitSet> hits = QueryMatcher.match(
				latest.stream().map((m) -> new QueryMatcher.Doc(m.title(), m.body(), m.author(), m.site())).toList(),
				Map.of(0L, query));
		List<MentionRow> matched = new ArrayList<>();
		BitSet bits = hits.getOrDefault(0L, new BitSet());
		bits.stream().limit(50).forEach((i) -> matched.add(latest.get(i)));
		return new TestResult(latest.size(), bits.cardinality(), matched);
	}

	/**
	 * What a test found.
	 *
	 * @param searched how many mentions were searched
	 * @param matches how many matched
	 * @param shown the first matching mentions
	 */
	public record TestResult(int searched, int matches, List<MentionRow> shown) {
	}

}
