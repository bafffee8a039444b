package org.smrdesk.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smrdesk.user.Department;

/**
 * What the lead types to create a policy (with the text of its first draft) or to edit
 * its details.
 */
public class PolicyForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private PolicyKind kind;

	@NotNull
	private Long ownerId;

	private boolean allDepartments;

	private List<Long> departmentIds = new ArrayList<>();

	@NotNull
	@Min(1)
	@Max(60)
	private Integer reviewCycleMonths = 12;

	@NotNull
	private LocalDate nextReviewOn;

	@Size(max = 100_000)
	private String body;

	@Size(max = 300)
	private String changeSummary;

	public PolicyForm() {
	}

	PolicyForm(Policy policy) {
		this.id = policy.getId();
		this.version = policy.getVersion();
		this.title = policy.getTitle();
		this.kind = policy.getKind();
		this.ownerId = policy.getOwner().getId();
		this.allDepartments = policy.isAllDepartments();
		this.departmentIds = new ArrayList<>(policy.getDepartments().stream().map(Department::getId).toList());
		this.reviewCycleMonths = policy.getReviewCycleMonths();
		this.nextReviewOn = policy.getNextReviewOn();
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public PolicyKind getKind() {
		return this.kind;
	}

	public void setKind(PolicyKind kind) {
		this.kind = kind;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public boolean isAllDepartments() {
		return this.allDepartments;
	}

	public void setAllDepartments(boolean allDepartments) {
		this.allDepartments = allDepartments;
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = (departmentIds != null) ? departmentIds : new ArrayList<>();
	}

	public Integer getReviewCycleMonths() {
		return this.reviewCycleMonths;
	}

	public void setReviewCycleMonths(Integer reviewCycleMonths) {
		this.reviewCycleMonths = reviewCycleMonths;
	}

	public LocalDate getNextReviewOn() {
		return this.nextReviewOn;
	}

	public void setNextReviewOn(LocalDate nextReviewOn) {
		this.nextReviewOn = nextReviewOn;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getChangeSummary() {
		return this.changeSummary;
	}

	public void setChangeSummary(String changeSummary) {
		this.changeSummary = changeSummary;
	}

}
