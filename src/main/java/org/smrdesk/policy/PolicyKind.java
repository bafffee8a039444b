package org.smrdesk.policy;

/**
 * What a policy is about.
 */
public enum PolicyKind {

	BLOGGING, BLOGGER_RELATIONS, MONITORING, ENGAGEMENT, CRISIS, PLATFORM_USE, DISCLOSURE

}
