package org.smrdesk.responsibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.Department;

/**
 * A filled cell of the matrix: a department's part (R, A, C or I) in a responsibility.
 */
@Entity
@Table(name = "responsibility_assignments")
public class ResponsibilityAssignment extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "responsibility_id")
	private Responsibility responsibility;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Raci role;

	protected ResponsibilityAssignment() {
	}

	public ResponsibilityAssignment(Responsibility responsibility, Department department, Raci role) {
		this.responsibility = responsibility;
		this.department = department;
		this.role = role;
	}

	public Responsibility getResponsibility() {
		return this.responsibility;
	}

	public Department getDepartment() {
		return this.department;
	}

	public Raci getRole() {
		return this.role;
	}

	public void setRole(Raci role) {
		this.role = role;
	}

}
