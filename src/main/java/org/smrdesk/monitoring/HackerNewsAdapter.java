package org.smrdesk.monitoring;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Hacker News stories and comments through the public Algolia API, e.g.
 * {@code https://hn.algolia.com/api/v1/search_by_date?query=kestrel&tags=(story,comment)}.
 * The cursor is the newest {@code created_at_i} seen.
 */
@Component
class HackerNewsAdapter extends JsonSourceAdapter {

	HackerNewsAdapter() {
		super(SourceKind.HACKER_NEWS, "hitsPerPage", 100, "numericFilters", "created_at_i>");
	}

	@Override
	public Parsed parse(HttpFetcher.Fetched answer, Source source) throws FetchException {
		JsonNode hits = read(answer, "a Hacker News search answer").get("hits");
		if (hits == null || !hits.isArray()) {
			throw new FetchException("Not a Hacker News search answer (no hits array)");
		}
		List<FetchedItem> items = new ArrayList<>();
		long newest = (source.getCursor() != null) ? Long.parseLong(source.getCursor()) : 0;
		for (JsonNode hit : hits) {
			String id = text(hit, "objectID");
			if (id == null) {
				continue;
			}
			newest = Math.max(newest, hit.path("created_at_i").asLong(0));
			String title = first(hit, "title", "story_title");
			String text = first(hit, "comment_text", "story_text");
			String url = first(hit, "url", "story_url");
			String author = text(hit, "author");
			items.add(new FetchedItem("https://news.ycombinator.com/item?id=" + id,
					(url != null) ? url : "https://news.ycombinator.com/item?id=" + id, title,
					(text != null) ? text : "", author,
					(author != null) ? "https://news.ycombinator.com/user?id=" + author : null,
					date(text(hit, "created_at"))));
		}
		return new Parsed(items, (newest > 0) ? Long.toString(newest) : null, null);
	}

}
