package org.smrdesk.activity;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.core.ApiCursor;
import org.smrdesk.core.ApiPage;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activities for other tools: a scheduler or a social suite logs what it published, a
 * report reads the log. The same rules as the pages apply (staff log for their own
 * department; managers read).
 */
@RestController
@RequestMapping("/api/v1/activities")
@PreAuthorize("isAuthenticated()")
class ActivityApiController {

	/** The list's name in its cursors. */
	private static final String LIST = "activities";

	private final ActivityService activities;

	ActivityApiController(ActivityService activities) {
		this.activities = activities;
	}

	@CachedPage
	@GetMapping
	ApiPage<ActivityResponse> list(@ModelAttribute ActivityFilter filter,
			@RequestParam(name = ApiCursor.PARAMETER, required = false) String cursor,
			@SortableBy({ "activityDate", "title", "department.name", "service.name", "kind", "owner.displayName",
					"status" }) @PageableDefault(size = 50, sort = "activityDate",
							direction = Sort.Direction.DESC) Pageable pageable) {
		if (cursor != null) {
			return ApiPage
				.walk(LIST, cursor, pageable, (after, limit) -> this.activities.walk(filter, after, limit),
						Activity::getId)
				.map(ActivityResponse::of);
		}
		return ApiPage.of(this.activities.search(filter, pageable).map(ActivityResponse::of));
	}

	@CachedPage
	@GetMapping("/{id}")
	ResponseEntity<ActivityResponse> show(@PathVariable Long id) {
		Activity activity = this.activities.get(id);
		return ApiVersions.tagged(ActivityResponse.of(activity), activity.getVersion());
	}

	/**
	 * Changes an activity (the lead, or staff of its department), as its edit page does.
	 * @param id the activity
	 * @param ifMatch the {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param request the activity as it should be (left out: date, department, owner and
	 * status keep their values, other optional fields are emptied)
	 * @param user who changes it
	 * @return the activity with its new {@code ETag}
	 */
	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('STAFF', 'LEAD')")
	ResponseEntity<ActivityResponse> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ActivityRequest request, @AuthenticationPrincipal CurrentUser user) {
		Activity current = this.activities.getForEdit(id, user);
		ActivityForm form = new ActivityForm(current);
		form.setVersion(ApiVersions.expected(ifMatch, current.getVersion()));
		apply(request, form);
		this.activities.update(id, form, user);
		Activity updated = this.activities.get(id);
		return ApiVersions.tagged(ActivityResponse.of(updated), updated.getVersion());
	}

	/**
	 * Deletes an activity (the lead, or staff of its department).
	 * @param id the activity
	 * @param ifMatch the {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param user who deletes it
	 */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('STAFF', 'LEAD')")
	void delete(@PathVariable Long id, @RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		ApiVersions.expected(ifMatch, this.activities.getForEdit(id, user).getVersion());
		this.activities.delete(id, user);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('STAFF', 'LEAD')")
	ResponseEntity<ActivityResponse> log(@Valid @RequestBody ActivityRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ActivityForm form = ActivityForm.withDefaults(this.activities.today(), user.departmentId(), user.id());
		apply(request, form);
		Activity activity = this.activities.get(this.activities.create(form, user).getId());
		return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.getId()))
			.eTag(ApiVersions.etag(activity.getVersion()))
			.body(ActivityResponse.of(activity));
	}

	private static void apply(ActivityRequest request, ActivityForm form) {
		form.setKind(request.kind());
		form.setTitle(request.title());
		form.setLink(request.link());
		form.setServiceId(request.serviceId());
		form.setAccountId(request.accountId());
		if (request.date() != null) {
			form.setActivityDate(request.date());
		}
		if (request.departmentId() != null) {
			form.setDepartmentId(request.departmentId());
		}
		if (request.ownerId() != null) {
			form.setOwnerId(request.ownerId());
		}
		if (request.status() != null) {
			form.setStatus(request.status());
		}
		form.setReach(request.reach());
		form.setEngagement(request.engagement());
		form.setNotes(request.notes());
	}

	/**
	 * An activity to log. Left out: date today, the caller's department, the caller as
	 * owner, status done.
	 *
	 * @param kind what sort of activity
	 * @param title a short title
	 * @param link where it can be seen
	 * @param date the day it happened or will happen
	 * @param serviceId the social service of the catalogue
	 * @param accountId the company account used, if any
	 * @param departmentId the department (staff: their own only)
	 * @param ownerId who owns it
	 * @param status planned, live, done or cancelled
	 * @param reach people reached
	 * @param engagement reactions, replies, shares
	 * @param notes anything else
	 */
	@Schema(example = """
			{"kind": "POST", "title": "Autumn campaign teaser", "link": "https://social.example/@company/42",
			 "date": "2026-11-30", "serviceId": 3, "reach": 1200, "engagement": 85}""")
	record ActivityRequest(@NotNull ActivityKind kind, @NotBlank @Size(max = 300) String title,
			@Size(max = 1000) @Pattern(regexp = "^$|^https?://\\S+$") String link, LocalDate date,
			@NotNull Long serviceId, Long accountId, Long departmentId, Long ownerId, ActivityStatus status,
			@PositiveOrZero @Max(2_000_000_000) Integer reach, @PositiveOrZero @Max(2_000_000_000) Integer engagement,
			@Size(max = 4000) String notes) {
	}

	/**
	 * An activity as other tools see it.
	 */
	record ActivityResponse(Long id, ActivityKind kind, String title, String link, LocalDate date,
			ActivityStatus status, Long departmentId, String department, Long serviceId, String service, Long accountId,
			String account, Long ownerId, String owner, Integer reach, Integer engagement, String notes) {

		static ActivityResponse of(Activity a) {
			return new ActivityResponse(a.getId(), a.getKind(), a.getTitle(), a.getLink(), a.getActivityDate(),
					a.getStatus(), a.getDepartment().getId(), a.getDepartment().getName(), a.getService().getId(),
					a.getService().getName(), (a.getAccount() != null) ? a.getAccount().getId() : null,
					(a.getAccount() != null) ? a.getAccount().getHandle() : null, a.getOwner().getId(),
					a.getOwner().getDisplayName(), a.getReach(), a.getEngagement(), a.getNotes());
		}

	}

}
