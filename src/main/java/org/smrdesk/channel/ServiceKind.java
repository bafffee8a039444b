package org.smrdesk.channel;

/**
 * What kind of social medium a service is.
 */
public enum ServiceKind {

	BLOG, MICROBLOG, SOCIAL_NETWORK, VIDEO, PODCAST, FORUM, WIKI, REVIEW_SITE, BOOKMARKING, MESSAGING, VIRTUAL_WORLD,
	OTHER

}
