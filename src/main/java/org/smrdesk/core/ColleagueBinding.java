package org.smrdesk.core;

import java.beans.PropertyEditorSupport;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Binds the colleague fields of a form ({@code fragments/lookup :: colleague}): for a
 * field {@code ownerId} the form posts the chosen id as {@code ownerId} and the text
 * shown as {@code _colleague_ownerId} (a name Spring's binder skips). The id stands while
 * the text still shows that colleague's name; otherwise the text decides
 * ({@link ColleagueNames#idOf}: typed without JavaScript, or changed without choosing);
 * emptied text means nobody. A text that names nobody or several people is refused beside
 * the field ({@code colleague.unknown}, {@code colleague.several}) and shown again as
 * typed (request attribute {@value #TYPED}, field to text).
 */
final class ColleagueBinding {

	/** The prefix of the text parameter of a colleague field. */
	static final String TEXT_PREFIX = "_colleague_";

	/** The request attribute holding the text of each colleague field as posted. */
	static final String TYPED = "colleagueText";

	private ColleagueBinding() {
	}

	/**
	 * Registers an editor for each colleague field the request posts.
	 * @param binder the binder of a form
	 * @param request the request
	 * @param names the colleagues
	 */
	static void register(WebDataBinder binder, HttpServletRequest request, ColleagueNames names) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((parameter, values) -> {
			if (parameter.startsWith(TEXT_PREFIX) && values.length > 0) {
				typed.put(parameter.substring(TEXT_PREFIX.length()), values[0]);
			}
		});
		if (typed.isEmpty()) {
			return;
		}
		request.setAttribute(TYPED, typed);
		typed.forEach((field, text) -> binder.registerCustomEditor(Long.class, field, new Editor(text, names)));
		binder.setBindingErrorProcessor(new Errors());
	}

	/**
	 * The id of a colleague field, given the text shown beside it.
	 */
	static final class Editor extends PropertyEditorSupport {

		private final String text;

		private final ColleagueNames names;

		Editor(String text, ColleagueNames names) {
			this.text = text;
			this.names = names;
		}

		@Override
		public void setAsText(String id) {
			setValue(this.names.resolve(parse(id), this.text));
		}

		@Override
		public String getAsText() {
			return (getValue() != null) ? getValue().toString() : "";
		}

		private static Long parse(String id) {
			try {
				return (id != null && !id.isBlank()) ? Long.valueOf(id.strip()) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	/**
	 * A colleague field whose text names nobody or several: its own message, with the
	 * text.
	 */
	static final class Errors extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			ColleagueNames.NotOne notOne = notOne(ex);
			if (notOne == null) {
				super.processPropertyAccessException(ex, result);
				return;
			}
			String field = ex.getPropertyName();
			String code = (notOne.found() == 0) ? "colleague.unknown" : "colleague.several";
			result.addError(new FieldError(result.getObjectName(), field, notOne.typed(), true,
					result.resolveMessageCodes(code, field), new Object[] { notOne.typed() }, notOne.getMessage()));
		}

		private static ColleagueNames.NotOne notOne(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof ColleagueNames.NotOne notOne) {
					return notOne;
				}
			}
			return null;
		}

	}

}
