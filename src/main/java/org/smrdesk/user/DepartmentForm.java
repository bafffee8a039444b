package org.smrdesk.user;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the lead types to create or edit a department.
 */
public class DepartmentForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 80)
	private String name;

	@NotNull
	@PositiveOrZero
	@Max(1_000_000)
	private Integer headCount;

	public DepartmentForm() {
	}

	DepartmentForm(Department department) {
		this.id = department.getId();
		this.version = department.getVersion();
		this.name = department.getName();
		this.headCount = department.getHeadCount();
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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getHeadCount() {
		return this.headCount;
	}

	public void setHeadCount(Integer headCount) {
		this.headCount = headCount;
	}

}
