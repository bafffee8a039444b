package org.smrdesk.monitoring;

import java.util.List;

/**
 * The keys by which the mentions of every tracked (not erased) contact are recognised,
 * normalised as in {@code mention_author_daily_counts}: handles and names as handles
 * (lower case, no leading {@code @}), profile URLs without scheme, and blog domains.
 *
 * @param handles the contacts' handles and names
 * @param urls their profile URLs
 * @param domains their blog domains
 */
public record AuthorKeys(List<String> handles, List<String> urls, List<String> domains) {

	/**
	 * The condition that a row {@code c} of {@code mention_author_daily_counts} is a
	 * tracked contact's; its parameters are {@link #args()}.
	 */
	public static final String CONDITION = """
			(c.handle = any(?::text[]) or c.handle_local = any(?::text[]) or c.url_key = any(?::text[])
			  or c.domain = any(?::text[]))""";

	public AuthorKeys {
		handles = List.copyOf(handles);
		urls = List.copyOf(urls);
		domains = List.copyOf(domains);
	}

	/**
	 * The parameters of {@link #CONDITION}, in order.
	 * @return four arrays of text
	 */
	public List<Object> args() {
		String[] h = this.handles.toArray(String[]::new);
		return List.of(h, h, this.urls.toArray(String[]::new), this.domains.toArray(String[]::new));
	}

}
