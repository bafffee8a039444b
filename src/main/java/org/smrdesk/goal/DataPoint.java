package org.smrdesk.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;

/**
 * A figure the app cannot know (site traffic, inbound links, speaking engagements) for
 * one month, with a note and who entered it.
 */
@Entity
@Table(name = "goal_data_points")
public class DataPoint extends AuditableEntity {

	@Column(nullable = false)
	private String metric;

	@Column(nullable = false)
	private LocalDate month;

	@Column(nullable = false)
	private BigDecimal value;

	private String note;

	@Column(name = "entered_by_id", nullable = false)
	private Long enteredById;

	protected DataPoint() {
	}

	DataPoint(String metric, LocalDate month, BigDecimal value, String note, Long enteredById) {
		this.metric = metric;
		this.month = month;
		this.value = value;
		this.note = note;
		this.enteredById = enteredById;
	}

	void change(BigDecimal value, String note, Long enteredById) {
		this.value = value;
		this.note = note;
		this.enteredById = enteredById;
	}

	public String getMetric() {
		return this.metric;
	}

	public LocalDate getMonth() {
		return this.month;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getNote() {
		return this.note;
	}

	public Long getEnteredById() {
		return this.enteredById;
	}

}
