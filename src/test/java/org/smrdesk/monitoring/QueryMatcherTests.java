package org.smrdesk.monitoring;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keyword queries parsed and matched by Lucene: a table of query, text and whether it
 * matches, and a table of syntax errors with their position.
 */
class QueryMatcherTests {

	@ParameterizedTest(name = "[{index}] {0} on \"{2}\" → {4}")
	@CsvSource(delimiter = '|',
			textBlock = """
					kestrel                              | | Kestrel launches a hub                       |                  | true
					kestrel                              | | The kestrel's hub                            |                  | true
					kestrel                              | | A falcon launches a hub                      |                  | false
					kestrel hub                          | | Kestrel launches a hub                       |                  | true
					kestrel hub                          | | Kestrel launches a thermostat                |                  | false
					kestrel AND hub                      | | hub by Kestrel                               |                  | true
					kestrel OR falcon                    | | a falcon                                     |                  | true
					kestrel NOT outage                   | | kestrel outage again                         |                  | false
					kestrel -outage                      | | kestrel outage again                         |                  | false
					kestrel -outage                      | | kestrel works fine                           |                  | true
					NOT outage                           | | all quiet                                    |                  | true
					"smart hub"                          | | the smart hub is here                        |                  | true
					"smart hub"                          | | the hub is smart                             |                  | false
					kestrel NEAR/3 outage                | | kestrel had an outage today                  |                  | true
					kestrel NEAR/3 outage                | | outage hits kestrel                          |                  | true
					kestrel NEAR/2 outage                | | kestrel customers in five cities had an outage |                | false
					kestrel NEAR/5 refund*               | | Kestrel says refunds are coming              |                  | true
					launch*                              | | they launched it                             |                  | true
					launch*                              | | lunch was served                             |                  | false
					(kestrel OR falcon) AND (outage OR recall) | | falcon recall notice                   |                  | true
					(kestrel OR falcon) AND (outage OR recall) | | falcon praise                          |                  | false
					title:outage                         | Kestrel outage | nothing here                         |                  | true
					title:outage                         | Kestrel news | the outage is over                     |                  | false
					site:example.com                     | | text                                          | blog.example.com | true
					site:blog.example.com                | | text                                          | example.com      | false
					site:example.com kestrel             | | kestrel                                       | news.other.org   | false
					author:farah                         | | text                                          |                  | true
					café                                 | | the cafe opened                               |                  | true
					""")
	void queriesMatchTheTextsListeningToolsWouldMatch(String query, String title, String text, String site,
			boolean expected) {
		String author = query.startsWith("author:") ? "Farah Oakridge" : "someone";
		Map<Long, BitSet> hits = QueryMatcher.match(List.of(new QueryMatcher.Doc(title, text, author, site)),
				Map.of(1L, QueryMatcher.parse(query)));
		assertThat(hits.containsKey(1L)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', textBlock = """
			kestrel AND                  | 12
			(kestrel OR falcon           | 19
			"unclosed phrase             | 17
			kestrel NEAR/3 "smart hub"   | 9
			*wildcard                    | 1
			title:                       | 7
			kestrel OR OR falcon         | 12
			kestrel )                    | 9
			""")
	void syntaxErrorsSayWhere(String query, int position) {
		assertThatExceptionOfType(QuerySyntaxException.class).isThrownBy(() -> QueryMatcher.parse(query))
			.satisfies((ex) -> assertThat(ex.getPosition()).isEqualTo(position))
			.satisfies((ex) -> assertThat(ex.getMessage()).isNotBlank());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			'   '
			""")
	void anEmptyQueryIsRefused(String query) {
		assertThatExceptionOfType(QuerySyntaxException.class).isThrownBy(() -> QueryMatcher.parse(query));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			kestrel NEAR/3 outage | "kestrel outage"~3
			a NEAR/5 b* AND c     | "a b*"~5 AND c
			""")
	void nearBecomesLuceneProximity(String query, String lucene) {
		assertThat(QueryMatcher.translateNear(query)).isEqualTo(lucene);
	}

}
