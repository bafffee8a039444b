package org.smrdesk.core;

/**
 * A record offered by a drop-down, read as a projection of its id and title alone
 * ({@code fragments/forms :: choice(…, items, 'id', 'title', …)}): a form offering
 * hundreds of policies or trainings loads no entity, association or collection for them.
 */
public interface Choice {

	/**
	 * The record's id, the option's value.
	 * @return the id
	 */
	Long getId();

	/**
	 * What the option shows.
	 * @return the title
	 */
	String getTitle();

}
