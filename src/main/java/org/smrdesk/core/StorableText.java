package org.smrdesk.core;

import java.beans.PropertyEditorSupport;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * Text PostgreSQL can store: no NUL character (PostgreSQL refuses {@code \u0000} in any
 * text value). Request input is checked in one place, as it is bound: a form field gets a
 * message beside it ({@code typeMismatch.java.lang.String}), a request parameter a 400, a
 * JSON body a 400 problem detail.
 */
public final class StorableText {

	private StorableText() {
	}

	/**
	 * Whether the database can store the text.
	 * @param text the text (null is fine)
	 * @return false when it holds a character PostgreSQL refuses
	 */
	public static boolean isStorable(String text) {
		return text == null || text.indexOf('\u0000') < 0;
	}

	/**
	 * Binds request text, refusing what cannot be stored.
	 */
	static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (!isStorable(text)) {
				throw new IllegalArgumentException("Text with a NUL character cannot be stored");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/**
	 * Binds form text trimmed, blank as null, refusing what cannot be stored.
	 */
	static final class TrimmingEditor extends StringTrimmerEditor {

		TrimmingEditor() {
			super(true);
		}

		@Override
		public void setAsText(String text) {
			if (!isStorable(text)) {
				throw new IllegalArgumentException("Text with a NUL character cannot be stored");
			}
			super.setAsText(text);
		}

	}

	/**
	 * Reads JSON strings, refusing what cannot be stored.
	 */
	static final class Deserializer extends ValueDeserializer<String> {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (!isStorable(value)) {
				throw context.weirdStringException("(not shown)", String.class,
						"text with a NUL character cannot be stored");
			}
			return value;
		}

	}

}
