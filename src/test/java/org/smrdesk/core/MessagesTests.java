package org.smrdesk.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text lives in {@code i18n/*.properties}: every message key a template names
 * exists, and no template carries hard-coded text (a port of petclinic's
 * I18nPropertiesSyncTest).
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path MESSAGES = Path.of("src/main/resources/i18n");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)(\\(|})");

	private static final Pattern OPEN_TAG_WITH_TEXT = Pattern
		.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");

	private static final Pattern CLOSE_TAG_WITH_TEXT = Pattern.compile("</[a-zA-Z0-9]+>([^<]*)");

	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\s(placeholder|title|aria-label|alt)=\"([^\"]*[A-Za-z][^\"]*)\"");

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Properties messages = allMessages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys without text in i18n/*.properties").isEmpty();
	}

	@Test
	void templatesCarryNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = withoutComments(Files.readString(template));
			Matcher open = OPEN_TAG_WITH_TEXT.matcher(html);
			while (open.find()) {
				String attributes = open.group(2);
				if (hasWords(open.group(3)) && !attributes.contains("th:text") && !attributes.contains("th:utext")
						&& !attributes.contains("th:errors") && !attributes.contains("th:replace")
						&& !open.group(1).equals("script")) {
					offenders.add(TEMPLATES.relativize(template) + ": <" + open.group(1) + ">" + open.group(3).strip());
				}
			}
			Matcher close = CLOSE_TAG_WITH_TEXT.matcher(html);
			while (close.find()) {
				if (hasWords(close.group(1))) {
					offenders.add(TEMPLATES.relativize(template) + ": text after a tag: " + close.group(1).strip());
				}
			}
			Matcher attribute = TEXT_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				offenders.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + attribute.group(2)
						+ "\" (use th:" + attribute.group(1) + " with a message)");
			}
		}
		assertThat(offenders).as("hard-coded text in templates: put it in i18n/*.properties").isEmpty();
	}

	@Test
	void messageFilesHaveNoDuplicateKeysAcrossFeatures() throws IOException {
		List<String> duplicates = new ArrayList<>();
		Properties seen = new Properties();
		for (Path file : messageFiles()) {
			Properties properties = new Properties();
			try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			for (String key : properties.stringPropertyNames()) {
				if (seen.containsKey(key) && !seen.getProperty(key).equals(properties.getProperty(key))) {
					duplicates.add(file.getFileName() + ": " + key);
				}
				seen.setProperty(key, properties.getProperty(key));
			}
		}
		assertThat(duplicates).as("the same key with different texts in two files").isEmpty();
	}

	private static boolean hasWords(String text) {
		String stripped = text.replaceAll("&[a-z]+;|&#\\d+;", " ").strip();
		return stripped.chars().filter(Character::isLetter).count() >= 2;
	}

	private static String withoutComments(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "");
	}

	private static Properties allMessages() throws IOException {
		Properties all = new Properties();
		for (Path file : messageFiles()) {
			try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				all.load(reader);
			}
		}
		return all;
	}

	private static List<Path> messageFiles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files
				.filter((p) -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().toLowerCase(Locale.ROOT).endsWith(".html")).sorted().toList();
		}
	}

}
