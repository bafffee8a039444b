package org.smrdesk.directory;

import java.util.List;

import org.smrdesk.core.CurrentUser;

/**
 * An extra section of the "Who do I call?" answer, contributed by another feature:
 * declare a {@code @Component} implementing this interface in your package (contacts:
 * outside people on a topic; vendors: the agency behind a service) and its entries appear
 * under their own heading, in the order of Spring's {@code @Order} on each source (lower
 * first). Keep {@link #find} to a bounded number of queries and respect what the user may
 * see.
 */
public interface DirectorySource {

	/**
	 * The message key of the section's heading.
	 * @return the key
	 */
	String headingKey();

	/**
	 * The entries matching what the user typed.
	 * @param text the search text (trimmed, not empty)
	 * @param user who asks
	 * @return at most a handful of entries, best first
	 */
	List<DirectoryEntry> find(String text, CurrentUser user);

}
