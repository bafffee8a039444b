package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.complexPhrase.ComplexPhraseQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Keyword queries in the syntax listening tools use, parsed and matched by Apache Lucene:
 * {@code AND}, {@code OR}, {@code NOT} / {@code -}, {@code "phrases"}, trailing
 * {@code wildcard*}, parentheses, the fields {@code title:}, {@code site:} and
 * {@code author:}, and {@code a NEAR/n b}, which becomes Lucene's proximity
 * {@code "a b"~n} (any order, wildcards allowed). Words next to each other must all match
 * (AND). Matching runs a batch of mentions through a small in-memory index, each query
 * once over the batch.
 */
final class QueryMatcher {

	static final String CONTENT = "content";

	private static final Pattern NEAR = Pattern.compile("([^\\s()\"]+)\\s+NEAR/(\\d{1,2})\\s+([^\\s()\"]+)");

	private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(:])[*?]");

	private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

	static final Analyzer ANALYZER = analyzer();

	private QueryMatcher() {
	}

	private static Analyzer analyzer() {
		try {
			Analyzer text = CustomAnalyzer.builder()
				.withTokenizer(StandardTokenizerFactory.NAME)
				.addTokenFilter(EnglishPossessiveFilterFactory.NAME)
				.addTokenFilter(LowerCaseFilterFactory.NAME)
				.addTokenFilter(ASCIIFoldingFilterFactory.NAME)
				.build();
			Analyzer keyword = CustomAnalyzer.builder()
				.withTokenizer(KeywordTokenizerFactory.NAME)
				.addTokenFilter(LowerCaseFilterFactory.NAME)
				.build();
			return new PerFieldAnalyzerWrapper(text, Map.of("site", keyword));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses a query.
	 * @param text the query as typed
	 * @return the Lucene query
	 * @throws QuerySyntaxException when it cannot be read, with the position
	 */
	static Query parse(String text) {
		if (text == null || text.isBlank()) {
			throw new QuerySyntaxException("The query is empty", 1);
		}
		String translated = translateNear(text.strip());
		ComplexPhraseQueryParser parser = new ComplexPhraseQueryParser(CONTENT, ANALYZER);
		parser.setInOrder(false);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		parser.setAllowLeadingWildcard(false);
		Query query;
		try {
			query = parser.parse(translated);
		}
		catch (ParseException ex) {
			String input = text.strip();
			int end = input.length() + 1;
			int position = 0;
			String message = firstLine(ex.getMessage());
			ParseException cause = (ex.getCause() instanceof ParseException inner) ? inner : ex;
			if (cause.currentToken != null && cause.currentToken.next != null) {
				if (cause.currentToken.next.kind == 0) {
					position = end;
					message = "The query ends too early: a word, a closing parenthesis or a closing quote is missing";
				}
				else {
					position = Math.min(cause.currentToken.next.beginColumn + 1, end);
					message = "Unexpected \"" + cause.currentToken.next.image + "\"";
				}
			}
			else if (String.valueOf(ex.getMessage()).contains("Lexical error")) {
				Matcher m = COLUMN.matcher(ex.getMessage());
				position = m.find() ? Math.min(Integer.parseInt(m.group(1)), end) : end;
				message = "An unclosed quote or a character that cannot stand here";
			}
			else {
				Matcher leading = LEADING_WILDCARD.matcher(input);
				if (leading.find()) {
					position = leading.end();
					message = "A word cannot start with * or ?";
				}
			}
			throw new QuerySyntaxException(message, position);
		}
		catch (RuntimeException ex) {
			throw new QuerySyntaxException(firstLine(ex.getMessage()), 0);
		}
		query = allowPureNegation(query);
		// Complex phrases are only checked when rewritten: try once on an empty index.
		try (MatchBatch batch = new MatchBatch(List.of())) {
			batch.matching(query);
		}
		catch (RuntimeException ex) {
			throw new QuerySyntaxException(firstLine(ex.getMessage()), 0);
		}
		return query;
	}

	static String translateNear(String text) {
		String result = text;
		Matcher m = NEAR.matcher(result);
		while (m.find()) {
			String replacement = "\"" + m.group(1) + " " + m.group(3) + "\"~" + m.group(2);
			result = result.substring(0, m.start()) + replacement + result.substring(m.end());
			m = NEAR.matcher(result);
		}
		if (result.contains("NEAR/")) {
			throw new QuerySyntaxException(
					"NEAR/n joins two single words (wildcards allowed), e.g. kestrel NEAR/5 outage",
					text.indexOf("NEAR/") + 1);
		}
		return result;
	}

	private static Query allowPureNegation(Query query) {
		if (query instanceof BooleanQuery bq && !bq.clauses().isEmpty()
				&& bq.clauses().stream().allMatch((c) -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
			BooleanQuery.Builder builder = new BooleanQuery.Builder();
			builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
			bq.clauses().forEach(builder::add);
			return builder.build();
		}
		return query;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "The query cannot be read";
		}
		String line = message.lines().findFirst().orElse(message);
		return (line.length() > 300) ? line.substring(0, 300) : line;
	}

	/**
	 * Which queries match which of a batch of mentions.
	 * @param docs the mentions
	 * @param queries the parsed queries by id
	 * @return for each query id that matched anything, the indexes of the docs it matched
	 */
	static Map<Long, BitSet> match(List<Doc> docs, Map<Long, Query> queries) {
		Map<Long, BitSet> result = new LinkedHashMap<>();
		if (docs.isEmpty() || queries.isEmpty()) {
			return result;
		}
		try (MatchBatch batch = new MatchBatch(docs)) {
			for (Map.Entry<Long, Query> entry : queries.entrySet()) {
				BitSet hits;
				try {
					hits = batch.matching(entry.getValue());
				}
				catch (IndexSearcher.TooManyClauses ex) {
					continue;
				}
				if (!hits.isEmpty()) {
					result.put(entry.getKey(), hits);
				}
			}
		}
		return result;
	}

	/**
	 * A mention as the matcher sees it.
	 *
	 * @param title the title
	 * @param text the plain text
	 * @param author the author
	 * @param site the host
	 */
	record Doc(String title, String text, String author, String site) {
	}

	/** A host and the domains above it: {@code blog.example.com}, {@code example.com}. */
	static List<String> sites(String host) {
		List<String> sites = new ArrayList<>();
		if (host == null || host.isBlank()) {
			return sites;
		}
		String h = host.toLowerCase(Locale.ROOT);
		sites.add(h);
		int dot = h.indexOf('.');
		while (dot >= 0 && h.indexOf('.', dot + 1) >= 0) {
			h = h.substring(dot + 1);
			sites.add(h);
			dot = h.indexOf('.');
		}
		return sites;
	}

}
