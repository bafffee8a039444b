package org.smrdesk.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Policies, departments and people with unique names, for tests on the real database.
 */
final class PolicyFixtures {

	private final JdbcTemplate jdbc;

	private final UserDetailsService userDetails;

	private final PolicyService policies;

	private final PolicyEditor editor;

	private final PolicyVersionWorkflow workflow;

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	PolicyFixtures(JdbcTemplate jdbc, UserDetailsService userDetails, PolicyService policies, PolicyEditor editor,
			PolicyVersionWorkflow workflow) {
		this.jdbc = jdbc;
		this.userDetails = userDetails;
		this.policies = policies;
		this.editor = editor;
		this.workflow = workflow;
	}

	String department(String name) {
		String unique = name + " " + this.suffix;
		TestData.department(this.jdbc, unique);
		return unique;
	}

	long departmentId(String uniqueName) {
		return TestData.department(this.jdbc, uniqueName);
	}

	CurrentUser user(Role role, String uniqueDepartment) {
		return (CurrentUser) this.userDetails.loadUserByUsername(TestData.user(this.jdbc, role, uniqueDepartment));
	}

	PolicyForm form(String title, List<Long> departmentIds, CurrentUser owner) {
		PolicyForm form = new PolicyForm();
		form.setTitle(title + " " + this.suffix);
		form.setKind(PolicyKind.BLOGGING);
		form.setOwnerId(owner.id());
		form.setDepartmentIds(departmentIds);
		form.setReviewCycleMonths(12);
		form.setNextReviewOn(LocalDate.now().plusMonths(6));
		form.setBody("# " + title + "\n\nFirst text.\nSecond line.");
		form.setChangeSummary("First version");
		return form;
	}

	/**
	 * A policy with version 1 published.
	 */
	Policy published(String title, List<Long> departmentIds, CurrentUser lead) {
		Policy policy = this.editor.create(form(title, departmentIds, lead), lead);
		PolicyVersion draft = firstVersion(policy, lead);
		this.workflow.submitForReview(policy.getId(), draft.getId(), lead);
		this.workflow.publish(policy.getId(), draft.getId(), lead);
		return policy;
	}

	PolicyVersion firstVersion(Policy policy, CurrentUser lead) {
		List<PolicyVersion> versions = this.policies.versions(policy.getId(), lead);
		return versions.get(versions.size() - 1);
	}

	PolicyVersion reload(Policy policy, PolicyVersion version, CurrentUser lead) {
		return this.policies.version(policy.getId(), version.getId(), lead);
	}

}
