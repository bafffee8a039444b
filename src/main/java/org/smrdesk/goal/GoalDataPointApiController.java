package org.smrdesk.goal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manual figures goals measure (issue 15), with the data-points page's rules: the
 * lead and managers read them, the lead records one for a manual metric and a month not
 * in the future (a second figure for the same metric and month replaces the first, as on
 * the page) and changes one under {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/goals/data-points")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class GoalDataPointApiController {

	private final GoalService goals;

	GoalDataPointApiController(GoalService goals) {
		this.goals = goals;
	}

	/**
	 * The figures a page at a time, latest month first.
	 * @param pageable the page
	 * @return the figures
	 */
	@GetMapping
	PagedModel<DataPointJson> dataPoints(@SortableBy({ "month", "metric" }) @PageableDefault(size = 25, sort = "month",
			direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(this.goals.dataPoints(pageable).map(DataPointJson::of));
	}

	/**
	 * One figure, tagged for {@code If-Match}.
	 * @param id the figure
	 * @return the figure
	 */
	@GetMapping("/{id}")
	ResponseEntity<DataPointJson> dataPoint(@PathVariable Long id) {
		DataPoint point = this.goals.dataPoint(id);
		return ApiVersions.tagged(DataPointJson.of(point), point.getVersion());
	}

	/**
	 * Records a figure for a manual metric and a month (201); the figure already stored
	 * for that metric and month is replaced, as on the page (200).
	 * @param request the figure
	 * @param user the lead
	 * @return the figure
	 */
	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<DataPointJson> record(@Valid @RequestBody DataPointRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		boolean replaced = this.goals.hasDataPoint(request.metric(), request.month());
		DataPointForm form = new DataPointForm();
		form.setMetric(request.metric());
		form.setMonth(request.month());
		form.setValue(request.value());
		form.setNote(request.note());
		DataPoint point = this.goals.dataPoint(this.goals.record(form, user).getId());
		return ResponseEntity.status(replaced ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/goals/data-points/" + point.getId()))
			.eTag(ApiVersions.etag(point.getVersion()))
			.body(DataPointJson.of(point));
	}

	/**
	 * Changes a figure's value and note (its metric and month stay).
	 * @param id the figure
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request the new value and note
	 * @param user the lead
	 * @return the figure with its new {@code ETag}
	 */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<DataPointJson> change(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DataPointChangeRequest request, @AuthenticationPrincipal CurrentUser user) {
		this.goals.changeDataPoint(id, request.value(), request.note(),
				ApiVersions.expected(ifMatch, this.goals.dataPoint(id).getVersion()), user);
		return dataPoint(id);
	}

	/**
	 * A manual figure to record.
	 *
	 * @param metric a manual metric: TRAFFIC, INBOUND_LINKS, SPEAKING or OTHER
	 * @param month the month ({@code 2026-11}), not in the future
	 * @param value the figure (0 or more)
	 * @param note where it comes from
	 */
	@Schema(example = """
			{"metric": "TRAFFIC", "month": "2026-11", "value": 1520, "note": "From the web analytics"}""")
	record DataPointRequest(@NotBlank String metric, @NotNull YearMonth month,
			@NotNull @PositiveOrZero @DecimalMax("999999999999") BigDecimal value, @Size(max = 2000) String note) {
	}

	/**
	 * A figure's new value and note; the version comes from {@code If-Match}.
	 *
	 * @param value the figure (0 or more)
	 * @param note where it comes from
	 */
	@Schema(example = """
			{"value": 1540, "note": "Corrected after the export"}""")
	record DataPointChangeRequest(@NotNull @PositiveOrZero @DecimalMax("999999999999") BigDecimal value,
			@Size(max = 2000) String note) {
	}

	/**
	 * A manual figure.
	 *
	 * @param id the id
	 * @param metric the manual metric
	 * @param month the month
	 * @param value the figure
	 * @param note where it comes from
	 * @param enteredById who entered it last
	 */
	record DataPointJson(Long id, String metric, YearMonth month, BigDecimal value, String note, Long enteredById) {

		static DataPointJson of(DataPoint point) {
			return new DataPointJson(point.getId(), point.getMetric(), YearMonth.from(point.getMonth()),
					point.getValue(), point.getNote(), point.getEnteredById());
		}

	}

}
