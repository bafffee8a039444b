package org.smrdesk.policy;

import java.util.List;

import org.smrdesk.user.Department;

/**
 * A line of the policy list.
 *
 * @param policy the policy
 * @param publishedNumber the number of the published version, or null
 * @param openNumber the number of the draft or version in review, or null (always null
 * for staff)
 * @param openState the state of that open version, or null
 * @param due whether the policy is due for review
 * @param departmentNames the departments it applies to, by name (empty for all)
 */
public record PolicyListItem(Policy policy, Integer publishedNumber, Integer openNumber, VersionState openState,
		boolean due, List<String> departmentNames) {

	static PolicyListItem of(Policy policy, List<PolicyVersionRepository.VersionSummary> summaries, boolean due,
			boolean publicOnly) {
		Integer published = null;
		Integer open = null;
		VersionState openState = null;
		for (PolicyVersionRepository.VersionSummary summary : summaries) {
			if (summary.getState() == VersionState.PUBLISHED) {
				published = summary.getNumber();
			}
			else if (summary.getState().isOpen() && !publicOnly) {
				open = summary.getNumber();
				openState = summary.getState();
			}
		}
		List<String> names = policy.getDepartments().stream().map(Department::getName).sorted().toList();
		return new PolicyListItem(policy, published, open, openState, due, names);
	}

}
