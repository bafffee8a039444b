package org.smrdesk.core;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns Markdown typed by users into HTML that is safe to show with {@code th:utext}:
 * commonmark-java renders it (with GitHub-style tables), then the OWASP sanitizer keeps
 * only ordinary formatting, lists, tables, code and links (http, https and mailto, with
 * {@code rel="nofollow noopener noreferrer"}). Scripts, event handlers, styles, frames
 * and {@code javascript:} or {@code data:} links never get through.
 */
@Component
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del",
				"ins", "sub", "sup", "mark", "small", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "pre", "code",
				"kbd", "samp", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "abbr")
		.allowAttributes("start")
		.matching((element, attribute, value) -> value.matches("\\d{1,6}") ? value : null)
		.onElements("ol")
		.allowAttributes("colspan", "rowspan")
		.matching((element, attribute, value) -> value.matches("\\d{1,3}") ? value : null)
		.onElements("th", "td")
		.allowAttributes("scope")
		.matching(false, "row", "col", "rowgroup", "colgroup")
		.onElements("th")
		.allowAttributes("class")
		.matching((element, attribute, value) -> value.matches("language-[A-Za-z0-9_+-]{1,30}") ? value : null)
		.onElements("code")
		.allowAttributes("title")
		.onElements("a", "abbr")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	/**
	 * Renders Markdown as sanitised HTML.
	 * @param markdown the text (null gives an empty string)
	 * @return HTML safe to insert into a page
	 */
	public String render(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

	/**
	 * Keeps only the allowed elements and attributes of some HTML.
	 * @param html the HTML
	 * @return the sanitised HTML
	 */
	public String sanitize(String html) {
		return POLICY.sanitize(html);
	}

}
