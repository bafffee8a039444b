package org.smrdesk.core;

import java.util.List;

/**
 * Records of one feature listed on another feature's page (the mentions of an incident,
 * the mentions a contact wrote). Implement it as a {@code @Component} in the contributing
 * package, placed among the others with Spring's {@code @Order}; the page's controller
 * collects every source that {@link #appliesTo} its kind of record. Keep
 * {@link #linksFor} to a bounded number of queries.
 */
public interface RecordLinkSource {

	/** The incident page. */
	String INCIDENT = "incident";

	/** The contact page. */
	String CONTACT = "contact";

	/**
	 * Whether this source adds links to the given kind of page.
	 * @param recordKind {@link #INCIDENT}, {@link #CONTACT}, ...
	 * @return true to be asked
	 */
	boolean appliesTo(String recordKind);

	/**
	 * The message key of the section's heading.
	 * @return the key
	 */
	String headingKey();

	/**
	 * The records linked to one record, for one user.
	 * @param recordKind the kind of page ({@link #INCIDENT}, {@link #CONTACT}, ...)
	 * @param recordId the record on whose page the links are shown
	 * @param user who looks
	 * @return the links, in display order (a bounded number)
	 */
	List<Link> linksFor(String recordKind, Long recordId, CurrentUser user);

	/**
	 * Collects the sections for a page.
	 * @param sources every source
	 * @param recordKind the kind of page
	 * @param recordId the record
	 * @param user who looks
	 * @return the non-empty sections
	 */
	static List<Section> sections(List<RecordLinkSource> sources, String recordKind, Long recordId, CurrentUser user) {
		return sources.stream()
			.filter((source) -> source.appliesTo(recordKind))
			.map((source) -> new Section(source.headingKey(), source.linksFor(recordKind, recordId, user)))
			.filter((section) -> !section.links().isEmpty())
			.toList();
	}

	/**
	 * One linked record.
	 *
	 * @param title what is shown
	 * @param url its page (an application path)
	 * @param note a short line under it (a date, a state), or null
	 */
	record Link(String title, String url, String note) {
	}

	/**
	 * A heading with its links.
	 *
	 * @param headingKey the heading's message key
	 * @param links the links
	 */
	record Section(String headingKey, List<Link> links) {
	}

}
