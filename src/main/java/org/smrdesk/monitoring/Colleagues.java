package org.smrdesk.monitoring;

import org.smrdesk.core.ColleagueNames;
import org.smrdesk.core.FieldException;

import org.springframework.stereotype.Component;

/**
 * The colleague a type-ahead field names (fragments/lookup.html: a hidden id kept by
 * static/js/lookup.js and the typed name), instead of a drop-down of every colleague; the
 * rule is the one of every form's colleague field ({@link ColleagueNames}).
 */
@Component
class Colleagues {

	/** The message for a typed name that is nobody's. */
	static final String UNKNOWN = "monitoring.colleague.unknown";

	/** The message for a typed text that starts the names of several colleagues. */
	static final String SEVERAL = "monitoring.colleague.several";

	private final ColleagueNames names;

	Colleagues(ColleagueNames names) {
		this.names = names;
	}

	/**
	 * Who a submitted type-ahead names: the chosen id while the text still shows that
	 * colleague's name, otherwise the active colleague the text names (an e-mail address,
	 * a whole name, or the start of only one name: the field without JavaScript), nobody
	 * when the text was emptied.
	 * @param id the hidden id, or null
	 * @param typed the text in the field, or null when the form had no text field (the id
	 * alone decides)
	 * @param field the field to report an unknown name on
	 * @return the colleague's id, or null for nobody
	 * @throws FieldException when the text names no active colleague, or several
	 */
	Long resolve(Long id, String typed, String field) {
		if (typed == null) {
			return id;
		}
		try {
			return this.names.resolve(id, typed);
		}
		catch (ColleagueNames.NotOne ex) {
			throw new FieldException(field, (ex.found() == 0) ? UNKNOWN : SEVERAL);
		}
	}

}
