package org.smrdesk.policy;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A policy as the API creates or changes it (the lead): the page form's fields without
 * its id or version (from {@code If-Match}).
 *
 * @param title the title
 * @param kind what sort of policy
 * @param ownerId who owns it
 * @param allDepartments whether it applies to every department
 * @param departmentIds the departments it applies to otherwise
 * @param reviewCycleMonths months between reviews (default 12)
 * @param nextReviewOn the next review
 * @param body the text of the draft version (Markdown)
 * @param changeSummary what changed in the draft
 */
@Schema(example = """
		{"title": "Social media guidelines", "kind": "BLOGGING", "ownerId": 3, "allDepartments": true,
		 "reviewCycleMonths": 12, "nextReviewOn": "2027-06-30", "body": "# Be kind\\nSpeak for yourself.",
		 "changeSummary": "First version"}""")
record PolicyRequest(@NotBlank @Size(max = 200) String title, @NotNull PolicyKind kind, @NotNull Long ownerId,
		Boolean allDepartments, List<Long> departmentIds, @Min(1) @Max(60) Integer reviewCycleMonths,
		@NotNull LocalDate nextReviewOn, @Size(max = 100_000) String body, @Size(max = 300) String changeSummary) {

	PolicyForm toForm(Long version) {
		PolicyForm form = new PolicyForm();
		form.setVersion(version);
		form.setTitle(this.title);
		form.setKind(this.kind);
		form.setOwnerId(this.ownerId);
		form.setAllDepartments(Boolean.TRUE.equals(this.allDepartments));
		if (this.departmentIds != null) {
			form.setDepartmentIds(this.departmentIds);
		}
		if (this.reviewCycleMonths != null) {
			form.setReviewCycleMonths(this.reviewCycleMonths);
		}
		form.setNextReviewOn(this.nextReviewOn);
		form.setBody(this.body);
		form.setChangeSummary(this.changeSummary);
		return form;
	}

}
