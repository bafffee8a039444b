package org.smrdesk.policy;

/**
 * Where a policy version is in its life: draft → in review → published → retired.
 */
public enum VersionState {

	DRAFT, IN_REVIEW, PUBLISHED, RETIRED;

	/**
	 * Whether staff may read a version in this state (never drafts or versions in
	 * review).
	 * @return true for published and retired versions
	 */
	public boolean isPublic() {
		return this == PUBLISHED || this == RETIRED;
	}

	/**
	 * Whether the text of a version in this state may still change.
	 * @return true for drafts and versions in review
	 */
	public boolean isOpen() {
		return this == DRAFT || this == IN_REVIEW;
	}

}
