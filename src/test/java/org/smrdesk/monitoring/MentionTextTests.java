package org.smrdesk.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonical URLs, plain text and dedup keys.
 */
class MentionTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			https://Example.com/a?utm_source=x&b=2&utm_medium=y&a=1     | https://example.com/a?a=1&b=2
			HTTP://www.example.com:80/path?fbclid=abc                   | http://www.example.com/path
			https://example.com                                         | https://example.com/
			https://example.com/post#comment-3                          | https://example.com/post#comment-3
			mailto:someone@example.com                                  |
			not a url                                                   |
			""")
	void canonicalUrlsDropTrackingParameters(String url, String canonical) {
		assertThat(MentionText.canonicalUrl(url)).isEqualTo(canonical);
	}

	@Test
	void htmlBecomesPlainTextWithoutMarkupOrScripts() {
		assertThat(MentionText.plain("<p>Hello <b>world</b> &amp; <script>alert(1)</script>friends</p>"))
			.isEqualTo("Hello world & friends");
	}

	@Test
	void theDedupKeyIsTheGuidThenTheCanonicalUrlThenAHash() {
		FetchedItem withGuid = new FetchedItem("tag:blog,2026:1", "https://blog.example.com/p?utm_source=rss", "T", "x",
				null, null, null);
		FetchedItem withUrlGuid = new FetchedItem("https://blog.example.com/p?utm_source=feed", null, "T", "x", null,
				null, null);
		FetchedItem withLink = new FetchedItem(null, "https://blog.example.com/p?utm_campaign=z", "T", "x", null, null,
				null);
		FetchedItem bare = new FetchedItem(null, null, "Title", "text", null, null, null);
		assertThat(MentionText.dedupKey(withGuid, "blog.example.com", "x"))
			.isEqualTo("guid:blog.example.com:tag:blog,2026:1");
		assertThat(MentionText.dedupKey(withUrlGuid, "blog.example.com", "x"))
			.isEqualTo(MentionText.dedupKey(withLink, "other.example", "x"))
			.isEqualTo("url:https://blog.example.com/p");
		assertThat(MentionText.dedupKey(bare, null, "text")).startsWith("hash:")
			.isEqualTo(MentionText.dedupKey(new FetchedItem(null, null, " title ", "", null, null, null), "x", "TEXT"));
	}

}
