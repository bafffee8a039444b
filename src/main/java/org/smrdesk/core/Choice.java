package org.smrdesk.core;

/**
 * A record offered by a drop-down, read as its id and title alone
 * ({@code select new org.smrdesk.core.Choice(x.id, x.title) …};
 * {@code fragments/forms :: choice(…, items, 'id', 'title', …)}): a form offering
 * hundreds of policies or trainings loads no entity, association or collection for them.
 * A plain class, not an interface projection: a template reads each option's two
 * properties, and a projection's proxy cost about a tenth of the training form's
 * rendering (JFR).
 */
public final class Choice {

	private final Long id;

	private final String title;

	public Choice(Long id, String title) {
		this.id = id;
		this.title = title;
	}

	/**
	 * The record's id, the option's value.
	 * @return the id
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * What the option shows.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

}
