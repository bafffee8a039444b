package org.smrdesk.monitoring;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A Mastodon hashtag (or account) timeline through the public REST API, e.g.
 * {@code https://mastodon.social/api/v1/timelines/tag/kestrel}. The cursor is the newest
 * status id seen; the next poll asks for what came after it ({@code min_id}). The API
 * pages with the {@code Link} header: its {@code rel="prev"} address asks for the
 * statuses after this page, so when a page since the cursor comes back full, the poll
 * follows it (same server only) and keeps its {@code min_id} as the cursor.
 */
@Component
class MastodonAdapter extends JsonSourceAdapter {

	/** Statuses per page asked for (the API's maximum). */
	static final int PAGE_SIZE = 40;

	private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([^\";,]+)\"?");

	MastodonAdapter() {
		super(SourceKind.MASTODON, "limit", PAGE_SIZE, "min_id", "");
	}

	@Override
	public Parsed parse(HttpFetcher.Fetched answer, Source source) throws FetchException {
		JsonNode statuses = read(answer, "a Mastodon timeline");
		if (statuses == null || !statuses.isArray()) {
			throw new FetchException("Not a Mastodon timeline (expected a JSON array of statuses)");
		}
		List<FetchedItem> items = new ArrayList<>();
		String newest = source.getCursor();
		for (JsonNode status : statuses) {
			String id = text(status, "id");
			if (id == null) {
				continue;
			}
			if (newest == null || compareIds(id, newest) > 0) {
				newest = id;
			}
			JsonNode account = status.path("account");
			String html = text(status, "content");
			String spoiler = text(status, "spoiler_text");
			items.add(new FetchedItem(text(status, "uri"), text(status, "url"), spoiler, (html != null) ? html : "",
					text(account, "acct"), text(account, "url"), date(text(status, "created_at"))));
		}
		String next = null;
		String prev = link(answer.header("Link"), "prev");
		if (prev != null && sameServer(prev, answer.url())) {
			String minId = UriComponentsBuilder.fromUriString(prev).build().getQueryParams().getFirst("min_id");
			if (minId != null && (newest == null || compareIds(minId, newest) >= 0)) {
				newest = minId;
			}
			// a full page since the cursor: more came since, read on
			if (source.getCursor() != null && statuses.size() >= PAGE_SIZE && minId != null) {
				next = prev;
			}
		}
		return new Parsed(items, newest, null, next);
	}

	/**
	 * The address of a relation in a {@code Link} header.
	 * @param header the header, or null
	 * @param rel the relation
	 * @return the address, or null
	 */
	static String link(String header, String rel) {
		if (header == null) {
			return null;
		}
		Matcher m = LINK.matcher(header);
		while (m.find()) {
			if (rel.equals(m.group(2).strip())) {
				return m.group(1).strip();
			}
		}
		return null;
	}

	private static boolean sameServer(String link, String requested) {
		try {
			URI a = URI.create(link);
			URI b = URI.create(requested);
			return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort()
					&& String.valueOf(a.getScheme()).equalsIgnoreCase(b.getScheme());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static int compareIds(String a, String b) {
		return (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

}
