package org.smrdesk.goal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;

/**
 * A target for a metric over a period, optionally for one department, service or query.
 */
@Entity
@Table(name = "goals")
public class Goal extends AuditableEntity {

	@Column(nullable = false)
	private String metric;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_kind", nullable = false)
	private PeriodKind periodKind;

	@Column(name = "period_year", nullable = false)
	private int periodYear;

	@Column(name = "period_number", nullable = false)
	private int periodNumber;

	@Column(nullable = false)
	private BigDecimal target;

	@Column(name = "department_id")
	private Long departmentId;

	@Column(name = "service_id")
	private Long serviceId;

	@Column(name = "query_id")
	private Long queryId;

	private String note;

	protected Goal() {
	}

	Goal(String metric, Period period, BigDecimal target, Window.Scope scope, String note) {
		change(metric, period, target, scope, note);
	}

	final void change(String metric, Period period, BigDecimal target, Window.Scope scope, String note) {
		this.metric = metric;
		this.periodKind = period.kind();
		this.periodYear = period.year();
		this.periodNumber = period.number();
		this.target = target;
		this.departmentId = scope.departmentId();
		this.serviceId = scope.serviceId();
		this.queryId = scope.queryId();
		this.note = note;
	}

	public String getMetric() {
		return this.metric;
	}

	public Period getPeriod() {
		return new Period(this.periodKind, this.periodYear, this.periodNumber);
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public Window.Scope getScope() {
		return new Window.Scope(this.departmentId, this.serviceId, this.queryId);
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public Long getQueryId() {
		return this.queryId;
	}

	public String getNote() {
		return this.note;
	}

}
