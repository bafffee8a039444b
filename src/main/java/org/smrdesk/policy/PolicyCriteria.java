package org.smrdesk.policy;

/**
 * The filters of the policy list.
 *
 * @param q text in the title or body
 * @param kind a kind, or null
 * @param state policies with a version in this state, or null
 * @param department policies applying to this department, or null
 * @param due only policies due for review
 */
public record PolicyCriteria(String q, PolicyKind kind, VersionState state, Long department, Boolean due) {
}
