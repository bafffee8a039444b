package org.smrdesk.policy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead's changes to a policy itself: creating it with its first version, editing its
 * title, kind, owner, departments and review cycle, and recording that it was reviewed.
 * Its text changes by new versions ({@link PolicyVersionWorkflow}); reading is
 * {@link PolicyService}'s.
 */
@Service
@Transactional(readOnly = true)
public class PolicyEditor {

	private final PolicyService policies;

	private final PolicyRepository policyRows;

	private final PolicyVersionRepository versions;

	private final UserService users;

	private final DepartmentService departments;

	PolicyEditor(PolicyService policies, PolicyRepository policyRows, PolicyVersionRepository versions,
			UserService users, DepartmentService departments) {
		this.policies = policies;
		this.policyRows = policyRows;
		this.versions = versions;
		this.users = users;
		this.departments = departments;
	}

	@Transactional
	public Policy create(PolicyForm form, CurrentUser actor) {
		PolicyService.requireLead(actor);
		if (form.getBody() == null || form.getBody().isBlank()) {
			throw new FieldException("body", "NotBlank");
		}
		Policy policy = new Policy(form.getTitle().trim(), form.getKind(), this.users.getReference(form.getOwnerId()),
				form.getReviewCycleMonths(), form.getNextReviewOn());
		policy.applyTo(form.isAllDepartments(), chosenDepartments(form));
		this.policyRows.save(policy);
		String summary = (form.getChangeSummary() == null || form.getChangeSummary().isBlank()) ? "First version"
				: form.getChangeSummary().trim();
		this.versions.save(new PolicyVersion(policy, 1, form.getBody(), summary));
		return policy;
	}

	@Transactional
	public Policy update(Long id, PolicyForm form, CurrentUser actor) {
		PolicyService.requireLead(actor);
		Policy policy = this.policies.get(id, actor);
		policy.checkVersion(form.getVersion());
		policy.setTitle(form.getTitle().trim());
		policy.setKind(form.getKind());
		policy.setOwner(this.users.getReference(form.getOwnerId()));
		policy.applyTo(form.isAllDepartments(), chosenDepartments(form));
		policy.setReviewCycleMonths(form.getReviewCycleMonths());
		policy.setNextReviewOn(form.getNextReviewOn());
		return this.policyRows.saveAndFlush(policy);
	}

	/**
	 * Records that the policy was reviewed today: the next review is one cycle away.
	 * @param id the policy's id
	 * @param actor the lead
	 */
	@Transactional
	public void markReviewed(Long id, CurrentUser actor) {
		markReviewed(id, null, actor);
	}

	/**
	 * Records that the policy was reviewed today, if it is still as the caller read it.
	 * @param id the policy's id
	 * @param expected the policy's lock version the caller read (null: any)
	 * @param actor the lead
	 * @return the policy
	 */
	@Transactional
	public Policy markReviewed(Long id, Long expected, CurrentUser actor) {
		PolicyService.requireLead(actor);
		Policy policy = this.policies.get(id, actor);
		if (expected != null) {
			policy.checkVersion(expected);
		}
		policy.markReviewed(this.policies.today());
		return this.policyRows.saveAndFlush(policy);
	}

	private Set<Department> chosenDepartments(PolicyForm form) {
		if (form.isAllDepartments()) {
			return Set.of();
		}
		Set<Long> ids = new HashSet<>(form.getDepartmentIds());
		Set<Department> chosen = this.departments.all()
			.stream()
			.filter((department) -> ids.contains(department.getId()))
			.collect(Collectors.toSet());
		if (chosen.isEmpty() || chosen.size() != ids.size()) {
			throw new FieldException("departmentIds", "policy.departments.required");
		}
		return chosen;
	}

}
