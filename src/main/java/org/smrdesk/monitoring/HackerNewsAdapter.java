package org.smrdesk.monitoring;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Hacker News stories and comments through the public Algolia API, e.g.
 * {@code https://hn.algolia.com/api/v1/search_by_date?query=kestrel&tags=(story,comment)}.
 * The cursor is the newest {@code created_at_i} seen.
 */
@Component
class HackerNewsAdapter implements SourceAdapter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public SourceKind kind() {
		return SourceKind.HACKER_NEWS;
	}

	@Override
	public String accept() {
		return "application/json";
	}

	@Override
	public boolean conditional() {
		return false;
	}

	@Override
	public String requestUrl(Source source) {
		UriComponentsBuilder url = UriComponentsBuilder.fromUriString(source.getUrl())
			.replaceQueryParam("hitsPerPage", 100);
		if (source.getCursor() != null) {
			url.replaceQueryParam("numericFilters", "created_at_i>" + source.getCursor());
		}
		return url.encode().build().toUriString();
	}

	@Override
	public Parsed parse(HttpFetcher.Fetched answer, Source source) throws FetchException {
		JsonNode hits;
		try {
			hits = JSON.readTree(answer.body()).get("hits");
		}
		catch (JacksonException | NullPointerException ex) {
			throw new FetchException("Not a Hacker News search answer (invalid JSON)");
		}
		if (hits == null || !hits.isArray()) {
			throw new FetchException("Not a Hacker News search answer (no hits array)");
		}
		List<FetchedItem> items = new ArrayList<>();
		long newest = (source.getCursor() != null) ? Long.parseLong(source.getCursor()) : 0;
		for (JsonNode hit : hits) {
			String id = MastodonAdapter.text(hit, "objectID");
			if (id == null) {
				continue;
			}
			newest = Math.max(newest, hit.path("created_at_i").asLong(0));
			String title = first(hit, "title", "story_title");
			String text = first(hit, "comment_text", "story_text");
			String url = first(hit, "url", "story_url");
			String author = MastodonAdapter.text(hit, "author");
			items.add(new FetchedItem("https://news.ycombinator.com/item?id=" + id,
					(url != null) ? url : "https://news.ycombinator.com/item?id=" + id, title,
					(text != null) ? text : "", author,
					(author != null) ? "https://news.ycombinator.com/user?id=" + author : null,
					MastodonAdapter.date(MastodonAdapter.text(hit, "created_at"))));
		}
		return new Parsed(items, (newest > 0) ? Long.toString(newest) : null, null);
	}

	private static String first(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = MastodonAdapter.text(node, field);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
