package org.smrdesk.monitoring;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * Plain text from HTML (jsoup), canonical URLs without tracking parameters, and the dedup
 * key of an item: its GUID, else its canonical URL, else a hash of title and text.
 */
final class MentionText {

	static final int MAX_TEXT = 20_000;

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
			"igshid", "ref_src", "ref_url", "_hsenc", "_hsmi", "yclid", "spm");

	private MentionText() {
	}

	/**
	 * The visible text of an HTML fragment, whitespace collapsed; markup, scripts and
	 * entities are resolved by jsoup.
	 * @param html the fragment (or plain text)
	 * @return the text, at most {@link #MAX_TEXT} characters
	 */
	static String plain(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		String text = Jsoup.parseBodyFragment(html).text().strip();
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

	/**
	 * The canonical form of a URL: lower-case scheme and host, no default port, no
	 * tracking parameters ({@code utm_*}, {@code fbclid}, ...), the others sorted.
	 * @param url the URL
	 * @return the canonical URL, or null when it is not an absolute http(s) URL
	 */
	static String canonicalUrl(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create(url.strip().replace(" ", "%20"));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
			return null;
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (port == 80 && "http".equals(scheme))
				|| (port == 443 && "https".equals(scheme));
		StringBuilder out = new StringBuilder(scheme).append("://").append(host);
		if (!defaultPort) {
			out.append(':').append(port);
		}
		String path = uri.getRawPath();
		out.append((path == null || path.isEmpty()) ? "/" : path);
		String query = uri.getRawQuery();
		if (query != null && !query.isEmpty()) {
			TreeMap<String, String> kept = new TreeMap<>();
			int i = 0;
			for (String pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
				String lower = name.toLowerCase(Locale.ROOT);
				if (lower.startsWith("utm_") || TRACKING.contains(lower)) {
					continue;
				}
				kept.put(pair + "\u0000" + (i++), pair);
			}
			if (!kept.isEmpty()) {
				out.append('?').append(kept.values().stream().collect(Collectors.joining("&")));
			}
		}
		String fragment = uri.getRawFragment();
		if (fragment != null && !fragment.isEmpty()) {
			out.append('#').append(fragment);
		}
		return out.toString();
	}

	/**
	 * The host of a URL without {@code www.}, for {@code site:} and the mention's site.
	 * @param url the URL
	 * @return the host, or null
	 */
	static String site(String url) {
		String canonical = canonicalUrl(url);
		if (canonical == null) {
			return null;
		}
		String host = URI.create(canonical).getHost();
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	/**
	 * The key under which an item is stored once.
	 * @param item the item
	 * @param sourceSite the host of the source (scopes GUIDs that are not URLs)
	 * @param text the item's plain text
	 * @return the key
	 */
	static String dedupKey(FetchedItem item, String sourceSite, String text) {
		if (item.guid() != null && !item.guid().isBlank()) {
			String asUrl = canonicalUrl(item.guid());
			if (asUrl != null) {
				return "url:" + asUrl;
			}
			return "guid:" + ((sourceSite != null) ? sourceSite : "") + ":" + item.guid().strip();
		}
		String url = canonicalUrl(item.url());
		if (url != null) {
			return "url:" + url;
		}
		String title = (item.title() != null) ? item.title().strip().toLowerCase(Locale.ROOT) : "";
		return "hash:" + sha256(title + "\n" + text.toLowerCase(Locale.ROOT));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
