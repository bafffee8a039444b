package org.smrdesk.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template rules that are easy to break and hard to see: nothing inline (the strict CSP
 * would block it), and no condition on an element that {@code th:replace} throws away
 * (fragment inclusion runs before {@code th:if}).
 */
class TemplateConventionsTests {

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);

	@Test
	void templatesHaveNoInlineScriptStyleOrEventHandler() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			if (Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()) {
				offenders.add(template + ": inline <script>");
			}
			if (html.contains("<style")) {
				offenders.add(template + ": <style> element");
			}
			Matcher tag = TAG.matcher(html);
			while (tag.find()) {
				String text = tag.group();
				if (Pattern.compile("\\s(th:)?style=").matcher(text).find()) {
					offenders.add(template + ": style attribute in " + text);
				}
				if (Pattern.compile("\\s(th:)?on[a-z]+=").matcher(text).find()) {
					offenders.add(template + ": event handler attribute in " + text);
				}
				if (text.contains("javascript:")) {
					offenders.add(template + ": javascript: URL in " + text);
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void noConditionSitsOnAnElementThatThReplaceDiscards() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			Matcher tag = TAG.matcher(Files.readString(template));
			while (tag.find()) {
				String text = tag.group();
				if ((text.contains("th:replace=") || text.contains("th:insert="))
						&& (text.contains("th:if=") || text.contains("th:unless="))) {
					offenders.add(template + ": " + text + " (wrap it in <th:block th:if=...>)");
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void stylesheetsAndScriptsHaveBalancedBraces() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".css") || p.toString().endsWith(".js"))
				.toList()) {
				String text = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
				long open = text.chars().filter((c) -> c == '{').count();
				long close = text.chars().filter((c) -> c == '}').count();
				assertThat(open).as(file + ": { and } must balance").isEqualTo(close);
			}
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(MessagesTests.TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

}
