package org.smrdesk.goal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A goal as typed: metric key, period text ({@code 2026}, {@code 2026-Q3},
 * {@code 2026-10}), target and at most one filter.
 */
public class GoalForm {

	private Long id;

	private Long version;

	@NotBlank
	private String metric;

	@NotBlank
	private String period;

	@NotNull
	@Positive
	@DecimalMax("999999999999")
	private BigDecimal target;

	private Long departmentId;

	private Long serviceId;

	private Long queryId;

	@Size(max = 2000)
	private String note;

	public GoalForm() {
	}

	GoalForm(Goal goal) {
		this.id = goal.getId();
		this.version = goal.getVersion();
		this.metric = goal.getMetric();
		this.period = goal.getPeriod().toString();
		this.target = goal.getTarget().stripTrailingZeros();
		this.departmentId = goal.getDepartmentId();
		this.serviceId = goal.getServiceId();
		this.queryId = goal.getQueryId();
		this.note = goal.getNote();
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

	public String getMetric() {
		return this.metric;
	}

	public void setMetric(String metric) {
		this.metric = metric;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public Long getQueryId() {
		return this.queryId;
	}

	public void setQueryId(Long queryId) {
		this.queryId = queryId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
