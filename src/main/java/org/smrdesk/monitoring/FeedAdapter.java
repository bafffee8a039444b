package org.smrdesk.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smrdesk.core.Text;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import org.springframework.stereotype.Component;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds, read by ROME with DOCTYPEs refused (no DTDs, no
 * external entities). A feed that is not well-formed (a raw {@code &}, an unclosed tag,
 * HTML entities) or not UTF-8 without saying so is read a second time leniently: jsoup's
 * XML parser repairs it, and the poll log notes the warning.
 */
@Component
class FeedAdapter implements SourceAdapter {

	private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

	private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
			Pattern.CASE_INSENSITIVE);

	private final Clock clock;

	FeedAdapter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.FEED;
	}

	@Override
	public String accept() {
		return "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1";
	}

	@Override
	public Parsed parse(HttpFetcher.Fetched answer, Source source) throws FetchException {
		return read(answer.body(), answer.header("Content-Type"));
	}

	Parsed read(byte[] body, String contentType) throws FetchException {
		String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		if ((contentType != null && contentType.toLowerCase(Locale.ROOT).contains("text/html"))
				|| head.contains("<html") || head.contains("<!doctype html")) {
			throw new FetchException("This address answers with an HTML page, not a feed");
		}
		if (DOCTYPE.matcher(head).find()) {
			throw new FetchException("The feed declares a DOCTYPE; DTDs are refused for safety");
		}
		Charset declared = charsetOf(contentType);
		Matcher prolog = ENCODING.matcher(head);
		String declaredInXml = prolog.find() ? prolog.group(1) : null;
		boolean saysUtf8 = (declared == null || declared.equals(StandardCharsets.UTF_8))
				&& (declaredInXml == null || declaredInXml.equalsIgnoreCase("utf-8"));
		boolean misencoded = saysUtf8 && !isUtf8(body);
		String strictError = null;
		if (!misencoded) {
			try {
				SyndFeed feed = input().build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
				return new Parsed(items(feed), null, null);
			}
			catch (FeedException | IOException | IllegalArgumentException ex) {
				strictError = describe(ex);
			}
		}
		// Second, lenient reading: decode, let jsoup repair the XML, parse again.
		String warning;
		String text;
		if (misencoded) {
			text = new String(body, Charset.forName("windows-1252"));
			warning = "Not valid UTF-8 and no other encoding declared; read as windows-1252, characters may be wrong";
		}
		else {
			Charset charset = (declared != null) ? declared : charsetNamed(declaredInXml);
			text = new String(body, (charset != null) ? charset : StandardCharsets.UTF_8);
			warning = "Not well-formed XML, read leniently: " + strictError;
		}
		try {
			Document repaired = Jsoup.parse(stripProlog(text), "", Parser.xmlParser());
			repaired.outputSettings()
				.syntax(Document.OutputSettings.Syntax.xml)
				.escapeMode(Entities.EscapeMode.xhtml)
				.prettyPrint(false)
				.charset(StandardCharsets.UTF_8);
			SyndFeed feed = input().build(new StringReader(repaired.html()));
			return new Parsed(items(feed), null, warning);
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new FetchException(
					"Not a feed that can be read: " + ((strictError != null) ? strictError : describe(ex)));
		}
	}

	private static SyndFeedInput input() {
		SyndFeedInput input = new SyndFeedInput();
		input.setAllowDoctypes(false);
		input.setXmlHealerOn(true);
		return input;
	}

	private static String stripProlog(String text) {
		String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return stripped.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
	}

	private static String describe(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return (message.length() > 200) ? message.substring(0, 200) : message;
	}

	private static Charset charsetOf(String contentType) {
		if (contentType == null) {
			return null;
		}
		Matcher m = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
		if (m.find()) {
			try {
				return Charset.forName(m.group(1));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	private static Charset charsetNamed(String name) {
		if (name == null) {
			return null;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isUtf8(byte[] body) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private List<FetchedItem> items(SyndFeed feed) {
		List<FetchedItem> items = new ArrayList<>();
		String feedAuthor = Text.blankToNull(feed.getAuthor());
		for (SyndEntry entry : feed.getEntries()) {
			String html = content(entry);
			String author = Text.blankToNull(entry.getAuthor());
			String authorUrl = null;
			if (!entry.getAuthors().isEmpty()) {
				SyndPerson person = entry.getAuthors().get(0);
				author = (author != null) ? author : Text.blankToNull(person.getName());
				authorUrl = Text.blankToNull(person.getUri());
			}
			Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
			items.add(new FetchedItem(Text.blankToNull(entry.getUri()), Text.blankToNull(entry.getLink()),
					Text.blankToNull(entry.getTitle()), html, (author != null) ? author : feedAuthor, authorUrl,
					sane((date != null) ? date.toInstant() : null)));
		}
		return items;
	}

	private static String content(SyndEntry entry) {
		StringBuilder html = new StringBuilder();
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null) {
				html.append(content.getValue()).append('\n');
			}
		}
		if (html.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
			html.append(entry.getDescription().getValue());
		}
		return html.toString();
	}

	/**
	 * A publication date before 1990 or more than a day ahead is absurd: it is dropped
	 * (the fetch time stands in).
	 */
	private Instant sane(Instant date) {
		if (date == null) {
			return null;
		}
		Instant now = this.clock.instant();
		if (date.isBefore(Instant.parse("1990-01-01T00:00:00Z")) || date.isAfter(now.plus(Duration.ofDays(1)))) {
			return null;
		}
		return date;
	}

}
