package org.smrdesk.monitoring;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A source read through a JSON API that pages by a size parameter and resumes after a
 * cursor: asked for JSON without conditional GET, its address is the source's URL with
 * the page size and (once known) the cursor set, and its answers are read with Jackson.
 */
abstract class JsonSourceAdapter implements SourceAdapter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SourceKind kind;

	private final String sizeParameter;

	private final int size;

	private final String cursorParameter;

	private final String cursorPrefix;

	/**
	 * @param kind the kind of source read
	 * @param sizeParameter the query parameter of the page size
	 * @param size the page size asked for
	 * @param cursorParameter the query parameter that asks for what came after the cursor
	 * @param cursorPrefix what stands before the cursor in that parameter's value
	 */
	JsonSourceAdapter(SourceKind kind, String sizeParameter, int size, String cursorParameter, String cursorPrefix) {
		this.kind = kind;
		this.sizeParameter = sizeParameter;
		this.size = size;
		this.cursorParameter = cursorParameter;
		this.cursorPrefix = cursorPrefix;
	}

	@Override
	public SourceKind kind() {
		return this.kind;
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
			.replaceQueryParam(this.sizeParameter, this.size);
		if (source.getCursor() != null) {
			url.replaceQueryParam(this.cursorParameter, this.cursorPrefix + source.getCursor());
		}
		return url.encode().build().toUriString();
	}

	/**
	 * Reads an answer's body as JSON.
	 * @param answer the answer
	 * @param what what the answer should be, for the message ("a Mastodon timeline")
	 * @return the document
	 * @throws FetchException when the body is not JSON
	 */
	static JsonNode read(HttpFetcher.Fetched answer, String what) throws FetchException {
		try {
			return JSON.readTree(answer.body());
		}
		catch (JacksonException | NullPointerException ex) {
			throw new FetchException("Not " + what + " (invalid JSON)");
		}
	}

	/**
	 * A field's text.
	 * @param node the object
	 * @param field the field
	 * @return its text, or null when absent, null or blank
	 */
	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

	/**
	 * The first of some fields that has text.
	 * @param node the object
	 * @param fields the fields, in order of preference
	 * @return the text, or null
	 */
	static String first(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = text(node, field);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * An ISO 8601 instant.
	 * @param text the text, or null
	 * @return the instant, or null when absent or unreadable
	 */
	static Instant date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
