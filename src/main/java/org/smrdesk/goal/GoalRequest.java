package org.smrdesk.goal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A goal as the API creates or changes it (the lead): the page form's fields without its
 * id or version (from {@code If-Match}).
 *
 * @param metric the metric's key ({@code activities:ALL}, ...)
 * @param period {@code 2026}, {@code 2026-Q3} or {@code 2026-10}
 * @param target the target
 * @param departmentId only this department's (at most one filter)
 * @param serviceId only this service's
 * @param queryId only this monitoring query's
 * @param note a note
 */
@Schema(example = """
		{"metric": "activities:ALL", "period": "2026-Q3", "target": 40, "note": "One a week and a few more"}""")
record GoalRequest(@NotBlank String metric, @NotBlank String period,
		@NotNull @Positive @DecimalMax("999999999999") BigDecimal target, Long departmentId, Long serviceId,
		Long queryId, @Size(max = 2000) String note) {

	GoalForm toForm(Long version) {
		GoalForm form = new GoalForm();
		form.setVersion(version);
		form.setMetric(this.metric);
		form.setPeriod(this.period);
		form.setTarget(this.target);
		form.setDepartmentId(this.departmentId);
		form.setServiceId(this.serviceId);
		form.setQueryId(this.queryId);
		form.setNote(this.note);
		return form;
	}

}
