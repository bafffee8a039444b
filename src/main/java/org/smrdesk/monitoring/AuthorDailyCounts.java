package org.smrdesk.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code mention_author_daily_counts}: new mentions per day and per author key
 * (handle, profile URL, site) as {@link KnownAuthors} recognises authors, one upsert per
 * ingested batch. Goals read it by the tracked contacts' keys (see
 * {@link MentionService#trackedAuthorKeys()}), never the mentions.
 */
@Component
class AuthorDailyCounts {

	private static final int MAX_KEY = 500;

	private final JdbcTemplate jdbc;

	AuthorDailyCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts new mentions.
	 * @param mentions each new mention's day and author
	 */
	void add(List<Author> mentions) {
		Map<List<Object>, Integer> counts = new LinkedHashMap<>();
		for (Author a : mentions) {
			counts.merge(List.of(a.day(), a.handle(), a.urlKey(), a.domain()), 1, Integer::sum);
		}
		if (counts.isEmpty()) {
			return;
		}
		List<java.sql.Date> days = new ArrayList<>();
		List<String> handles = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		List<String> domains = new ArrayList<>();
		List<Integer> n = new ArrayList<>();
		counts.forEach((key, value) -> {
			days.add(java.sql.Date.valueOf((LocalDate) key.get(0)));
			handles.add((String) key.get(1));
			urls.add((String) key.get(2));
			domains.add((String) key.get(3));
			n.add(value);
		});
		this.jdbc.update(
				"""
						insert into mention_author_daily_counts (day, handle, url_key, domain, mentions)
						select d, h, u, s, c from unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::int[]) as x(d, h, u, s, c)
						order by d, h, u, s
						on conflict (day, handle, url_key, domain)
						do update set mentions = mention_author_daily_counts.mentions + excluded.mentions""",
				(ps) -> {
					ps.setArray(1, MentionIngest.array(ps, "date", days));
					ps.setArray(2, MentionIngest.array(ps, "text", handles));
					ps.setArray(3, MentionIngest.array(ps, "text", urls));
					ps.setArray(4, MentionIngest.array(ps, "text", domains));
					ps.setArray(5, MentionIngest.array(ps, "integer", n));
				});
	}

	/**
	 * A new mention's day and author keys, normalised as {@link KnownAuthors} looks them
	 * up ({@code ""} where absent).
	 *
	 * @param day the day counted
	 * @param handle the author as a handle
	 * @param urlKey the author's profile URL as a key
	 * @param domain the site
	 */
	record Author(LocalDate day, String handle, String urlKey, String domain) {

		static Author of(LocalDate day, String author, String authorUrl, String site) {
			return new Author(day, key((author != null) ? KnownAuthors.handle(author) : null),
					key((authorUrl != null) ? KnownAuthors.urlKey(authorUrl) : null),
					key((site != null) ? site.toLowerCase(Locale.ROOT) : null));
		}

		private static String key(String value) {
			if (value == null) {
				return "";
			}
			return (value.length() > MAX_KEY) ? value.substring(0, MAX_KEY) : value;
		}

	}

}
