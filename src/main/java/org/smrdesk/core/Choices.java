package org.smrdesk.core;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;

/**
 * The records a drop-down offers when they may be many (vendors, trainings): the first
 * {@link #LIMIT} by name, and when there are more the page says so
 * ({@code fragments/forms :: limited}) instead of leaving the rest out silently.
 */
public final class Choices {

	/** How many records a drop-down offers at most. */
	public static final int LIMIT = 500;

	private Choices() {
	}

	/**
	 * The first page of choices.
	 * @param property the property they are sorted by (their name)
	 * @return the page request
	 */
	public static Pageable first(String property) {
		return PageRequest.of(0, LIMIT, Sort.by(property));
	}

	/**
	 * Puts the choices into the model as {@code name} and, when more exist than are
	 * offered, how many are offered as {@code nameLimited} (else null).
	 * @param model the model
	 * @param name the attribute name
	 * @param page the first page of choices
	 */
	public static void offer(Model model, String name, Page<?> page) {
		model.addAttribute(name, page.getContent());
		model.addAttribute(name + "Limited", page.hasNext() ? page.getNumberOfElements() : null);
	}

}
