package org.smrdesk.training;

/**
 * What a training is about.
 */
public enum TopicKind {

	/** The technology of social media. */
	TECHNOLOGY,
	/** The culture of social media. */
	CULTURE,
	/** One of the company's policies. */
	POLICY,
	/** A social service of the catalogue. */
	SERVICE

}
