package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The recorded feeds of {@code monitoring/feeds/SOURCES.md}, each with its expected
 * behaviour, and hostile or broken answers.
 */
class FeedAdapterTests {

	private final FeedAdapter adapter = new FeedAdapter(
			Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

	@Test
	void rss2SampleHasFourItemsTheSecondWithoutTitleOrLink() throws Exception {
		SourceAdapter.Parsed parsed = read("rss2sample.xml", "application/rss+xml");
		assertThat(parsed.warning()).isNull();
		List<FetchedItem> items = parsed.items();
		assertThat(items).hasSize(4);
		assertThat(items.get(0).title()).isEqualTo("Star City");
		// no title and no link: ROME takes the guid (a permalink by default) as its link
		assertThat(items.get(1).title()).isNull();
		assertThat(items.get(1).guid()).isEqualTo("http://liftoff.msfc.nasa.gov/2003/05/30.html#item572");
		assertThat(items.get(1).url()).isEqualTo(items.get(1).guid());
		assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2003-06-03T09:39:21Z"));
		assertThat(MentionText.plain(items.get(0).html())).contains("Russia's Star City").doesNotContain("<a");
	}

	@Test
	void atomHasTwoEntriesAndIgnoresTheUnknownExtension() throws Exception {
		SourceAdapter.Parsed parsed = read("atom_1.0.xml", "application/atom+xml");
		assertThat(parsed.items()).hasSize(2);
		assertThat(parsed.items().get(0).title()).startsWith("atom_1.0.feed.entry[0].title");
	}

	@Test
	void rss1HasTwoItems() throws Exception {
		assertThat(read("rss_1.0.xml", "application/rdf+xml").items()).hasSize(2);
	}

	@Test
	void windows1255WithoutDeclarationIsFlaggedAsMisencodedNotACrash() throws Exception {
		SourceAdapter.Parsed parsed = read("windows1255.xml", null);
		assertThat(parsed.warning()).contains("Not valid UTF-8");
		assertThat(parsed.items()).isNotEmpty();
	}

	@Test
	void aRawAmpersandIsReadLenientlyWithEveryItem() throws Exception {
		// ROME's XML healer, or failing that jsoup's repair, gets past the raw ampersand
		SourceAdapter.Parsed parsed = read("saxerror.xml", "application/rss+xml");
		assertThat(parsed.items()).extracting(FetchedItem::title)
			.containsExactly("Good Item", "Bad Item", "Item After Error");
		assertThat(parsed.items().get(1).url()).isEqualTo("http://example.com/bad?foo=1&bar=2");
	}

	@Test
	void aMissingEndTagStillGivesTheLinkDecodedOnce() throws Exception {
		SourceAdapter.Parsed parsed = read("rss_item_link_corrupted_ampersands.xml", "text/xml");
		assertThat(parsed.items()).hasSize(1);
		assertThat(parsed.items().get(0).url()).isEqualTo("http://link/get?a=1&b=2");
	}

	@Test
	void anHtmlPageIsAClearError() {
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> this.adapter.read("<!DOCTYPE html><html><body>Hi</body></html>".getBytes(), "text/html"))
			.withMessageContaining("HTML page");
	}

	@Test
	void aDoctypeIsRefusedSoEntitiesNeverExpand() {
		String billionLaughs = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
				<rss version="2.0"><channel><title>&b;</title></channel></rss>""";
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> this.adapter.read(billionLaughs.getBytes(StandardCharsets.UTF_8), "text/xml"))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void htmlEntitiesAndAbsurdDatesAreReadBestEffort() throws Exception {
		String feed = """
				<rss version="2.0"><channel><title>T</title>
				<item><title>Caf&eacute; &amp; more&nbsp;news</title><pubDate>Mon, 01 Jan 1900 00:00:00 GMT</pubDate></item>
				<item><title>Future</title><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>
				</channel></rss>""";
		SourceAdapter.Parsed parsed = this.adapter.read(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
		assertThat(parsed.items()).hasSize(2);
		assertThat(MentionText.plain(parsed.items().get(0).title())).isEqualTo("Café & more news");
		assertThat(parsed.items()).allSatisfy((item) -> assertThat(item.publishedAt()).isNull());
	}

	@Test
	void garbageIsAClearError() {
		assertThatExceptionOfType(FetchException.class)
			.isThrownBy(() -> this.adapter.read("{\"not\": \"xml\"}".getBytes(), "application/json"))
			.withMessageContaining("Not a feed");
	}

	private SourceAdapter.Parsed read(String file, String contentType) throws IOException, FetchException {
		return this.adapter.read(bytes("/monitoring/feeds/" + file), contentType);
	}

	static byte[] bytes(String resource) throws IOException {
		try (InputStream in = FeedAdapterTests.class.getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
	}

}
