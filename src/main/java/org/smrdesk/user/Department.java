package org.smrdesk.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;

/**
 * A part of the company (Marketing, HR, ...). Its head count is the denominator of
 * coverage figures.
 */
@Entity
@Table(name = "departments")
public class Department extends AuditableEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "head_count", nullable = false)
	private int headCount;

	protected Department() {
	}

	public Department(String name, int headCount) {
		this.name = name;
		this.headCount = headCount;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getHeadCount() {
		return this.headCount;
	}

	public void setHeadCount(int headCount) {
		this.headCount = headCount;
	}

}
