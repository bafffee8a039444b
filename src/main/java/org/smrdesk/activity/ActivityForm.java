package org.smrdesk.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type to log an activity. The quick form needs only kind, title and service:
 * the date defaults to today, the department to the user's own, the owner to the user.
 */
public class ActivityForm {

	private Long id;

	private Long version;

	@NotNull
	private ActivityKind kind = ActivityKind.POST;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 1000)
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{URL}")
	private String link;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate activityDate;

	@NotNull
	private Long serviceId;

	private Long accountId;

	@NotNull
	private Long departmentId;

	@NotNull
	private Long ownerId;

	@NotNull
	private ActivityStatus status = ActivityStatus.DONE;

	@PositiveOrZero
	private Integer reach;

	@PositiveOrZero
	private Integer engagement;

	@Size(max = 4000)
	private String notes;

	public ActivityForm() {
	}

	ActivityForm(Activity activity) {
		this.id = activity.getId();
		this.version = activity.getVersion();
		this.kind = activity.getKind();
		this.title = activity.getTitle();
		this.link = activity.getLink();
		this.activityDate = activity.getActivityDate();
		this.serviceId = activity.getService().getId();
		this.accountId = (activity.getAccount() != null) ? activity.getAccount().getId() : null;
		this.departmentId = activity.getDepartment().getId();
		this.ownerId = activity.getOwner().getId();
		this.status = activity.getStatus();
		this.reach = activity.getReach();
		this.engagement = activity.getEngagement();
		this.notes = activity.getNotes();
	}

	/**
	 * A new form with the defaults: today, the user's department, the user as owner.
	 * @param today the date
	 * @param departmentId the user's department
	 * @param ownerId the user
	 * @return the form
	 */
	public static ActivityForm withDefaults(LocalDate today, Long departmentId, Long ownerId) {
		ActivityForm form = new ActivityForm();
		form.activityDate = today;
		form.departmentId = departmentId;
		form.ownerId = ownerId;
		return form;
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

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public LocalDate getActivityDate() {
		return this.activityDate;
	}

	public void setActivityDate(LocalDate activityDate) {
		this.activityDate = activityDate;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActivityStatus status) {
		this.status = status;
	}

	public Integer getReach() {
		return this.reach;
	}

	public void setReach(Integer reach) {
		this.reach = reach;
	}

	public Integer getEngagement() {
		return this.engagement;
	}

	public void setEngagement(Integer engagement) {
		this.engagement = engagement;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
