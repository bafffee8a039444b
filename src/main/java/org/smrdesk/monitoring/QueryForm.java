package org.smrdesk.monitoring;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smrdesk.user.Department;

/**
 * What the lead types to add or change a keyword query.
 */
public class QueryForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 2000)
	private String query;

	@NotNull
	private QueryKind kind = QueryKind.BRAND;

	private boolean active = true;

	private boolean autoIncident;

	private List<Long> departmentIds = new ArrayList<>();

	public QueryForm() {
	}

	QueryForm(KeywordQuery query) {
		this.id = query.getId();
		this.version = query.getVersion();
		this.name = query.getName();
		this.query = query.getQuery();
		this.kind = query.getKind();
		this.active = query.isActive();
		this.autoIncident = query.isAutoIncident();
		this.departmentIds = new ArrayList<>(query.getDepartments().stream().map(Department::getId).toList());
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

	public String getQuery() {
		return this.query;
	}

	public void setQuery(String query) {
		this.query = query;
	}

	public QueryKind getKind() {
		return this.kind;
	}

	public void setKind(QueryKind kind) {
		this.kind = kind;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public boolean isAutoIncident() {
		return this.autoIncident;
	}

	public void setAutoIncident(boolean autoIncident) {
		this.autoIncident = autoIncident;
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = (departmentIds != null) ? departmentIds : new ArrayList<>();
	}

}
