package org.smrdesk.monitoring;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.Department;

/**
 * A keyword rule in the boolean syntax listening tools use, matched against every new
 * mention by {@link QueryMatcher}.
 */
@Entity
@Table(name = "monitoring_queries")
public class KeywordQuery extends AuditableEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String query;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private QueryKind kind;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "auto_incident", nullable = false)
	private boolean autoIncident;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "monitoring_query_departments", joinColumns = @JoinColumn(name = "query_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	@OrderBy("name")
	private Set<Department> departments = new LinkedHashSet<>();

	protected KeywordQuery() {
	}

	public KeywordQuery(String name, String query, QueryKind kind) {
		this.name = name;
		this.query = query;
		this.kind = kind;
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

	public Set<Department> getDepartments() {
		return this.departments;
	}

}
