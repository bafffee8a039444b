package org.smrdesk.policy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;

/**
 * A social media policy: what it is, who owns it, whom it applies to and when it is next
 * reviewed. Its text lives in {@link PolicyVersion}s.
 */
@Entity
@Table(name = "policies")
public class Policy extends AuditableEntity {

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PolicyKind kind;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Column(name = "all_departments", nullable = false)
	private boolean allDepartments;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "policy_departments", joinColumns = @JoinColumn(name = "policy_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	@OrderBy("name")
	private Set<Department> departments = new LinkedHashSet<>();

	@Column(name = "review_cycle_months", nullable = false)
	private int reviewCycleMonths;

	@Column(name = "next_review_on", nullable = false)
	private LocalDate nextReviewOn;

	protected Policy() {
	}

	public Policy(String title, PolicyKind kind, User owner, int reviewCycleMonths, LocalDate nextReviewOn) {
		this.title = title;
		this.kind = kind;
		this.owner = owner;
		this.reviewCycleMonths = reviewCycleMonths;
		this.nextReviewOn = nextReviewOn;
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

	public User getOwner() {
		return this.owner;
	}

	public void setOwner(User owner) {
		this.owner = owner;
	}

	public boolean isAllDepartments() {
		return this.allDepartments;
	}

	public Set<Department> getDepartments() {
		return Set.copyOf(this.departments);
	}

	/**
	 * Says whom the policy applies to.
	 * @param all every department (the given ones are then ignored)
	 * @param chosen the departments, when not all
	 */
	public void applyTo(boolean all, Set<Department> chosen) {
		this.allDepartments = all;
		this.departments.clear();
		if (!all) {
			this.departments.addAll(chosen);
		}
	}

	/**
	 * Whether the policy applies to people of a department.
	 * @param departmentId the department's id
	 * @return true when it does
	 */
	public boolean appliesTo(Long departmentId) {
		return this.allDepartments || this.departments.stream().anyMatch((d) -> d.getId().equals(departmentId));
	}

	public int getReviewCycleMonths() {
		return this.reviewCycleMonths;
	}

	public void setReviewCycleMonths(int reviewCycleMonths) {
		this.reviewCycleMonths = reviewCycleMonths;
	}

	public LocalDate getNextReviewOn() {
		return this.nextReviewOn;
	}

	public void setNextReviewOn(LocalDate nextReviewOn) {
		this.nextReviewOn = nextReviewOn;
	}

	/**
	 * Whether the review date has come.
	 * @param today the current day
	 * @return true when the policy is due for review
	 */
	public boolean isDueForReview(LocalDate today) {
		return !this.nextReviewOn.isAfter(today);
	}

	/**
	 * Records a review: the next one is a full cycle from today.
	 * @param today the day of the review
	 */
	public void markReviewed(LocalDate today) {
		this.nextReviewOn = today.plusMonths(this.reviewCycleMonths);
	}

}
