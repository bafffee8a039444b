package org.smrdesk.goal;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A manual figure as typed: which, the month, the value and a note.
 */
public class DataPointForm {

	@NotBlank
	private String metric;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth month;

	@NotNull
	@PositiveOrZero
	@DecimalMax("999999999999")
	private BigDecimal value;

	@Size(max = 2000)
	private String note;

	public String getMetric() {
		return this.metric;
	}

	public void setMetric(String metric) {
		this.metric = metric;
	}

	public YearMonth getMonth() {
		return this.month;
	}

	public void setMonth(YearMonth month) {
		this.month = month;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
