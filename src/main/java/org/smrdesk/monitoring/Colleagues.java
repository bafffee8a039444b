package org.smrdesk.monitoring;

import java.util.Optional;

import org.smrdesk.core.FieldException;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Component;

/**
 * The colleague a type-ahead field names (fragments/lookup.html: a hidden id kept by
 * static/js/lookup.js and the typed name), instead of a drop-down of every colleague.
 */
@Component
class Colleagues {

	/** The message for a typed name that is nobody's. */
	static final String UNKNOWN = "monitoring.colleague.unknown";

	private final UserService users;

	Colleagues(UserService users) {
		this.users = users;
	}

	/**
	 * Who a submitted type-ahead names: the chosen id while the text still shows that
	 * colleague's name, otherwise the first active colleague whose name starts with the
	 * text (the field without JavaScript), nobody when the text was emptied.
	 * @param id the hidden id, or null
	 * @param typed the text in the field, or null when the form had no text field (the id
	 * alone decides)
	 * @param field the field to report an unknown name on
	 * @return the colleague's id, or null for nobody
	 * @throws FieldException when no active colleague's name starts with the text
	 */
	Long resolve(Long id, String typed, String field) {
		if (typed == null) {
			return id;
		}
		String text = typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (id != null) {
			Optional<UserService.Person> chosen = this.users.person(id, null);
			if (chosen.isPresent() && chosen.get().name().strip().equalsIgnoreCase(text)) {
				return id;
			}
		}
		return this.users.person(null, text)
			.map(UserService.Person::id)
			.orElseThrow(() -> new FieldException(field, UNKNOWN));
	}

	/**
	 * The name to show in a type-ahead field for a colleague.
	 * @param id the colleague, or null
	 * @return the name, or null
	 */
	String name(Long id) {
		return (id != null) ? this.users.person(id, null).map(UserService.Person::name).orElse(null) : null;
	}

}
