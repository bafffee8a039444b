package org.smrdesk.activity;

/**
 * What kind of thing a department did.
 */
public enum ActivityKind {

	POST, ARTICLE, REPLY, CAMPAIGN, OUTREACH, EVENT, PODCAST_VIDEO, REVIEW_RESPONSE, AD, OTHER

}
