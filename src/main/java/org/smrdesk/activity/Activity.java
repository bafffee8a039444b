package org.smrdesk.activity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.channel.Account;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;

/**
 * Something a department does in social media: a post, a campaign, a reply to a review.
 */
@Entity
@Table(name = "activities")
public class Activity extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "service_id")
	private Channel service;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id")
	private Account account;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityKind kind;

	@Column(nullable = false)
	private String title;

	private String link;

	@Column(name = "activity_date", nullable = false)
	private LocalDate activityDate;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status = ActivityStatus.DONE;

	private Integer reach;

	private Integer engagement;

	private String notes;

	protected Activity() {
	}

	public Activity(Department department, Channel service, ActivityKind kind, String title, LocalDate activityDate,
			User owner) {
		this.department = department;
		this.service = service;
		this.kind = kind;
		this.title = title;
		this.activityDate = activityDate;
		this.owner = owner;
	}

	public Department getDepartment() {
		return this.department;
	}

	public void setDepartment(Department department) {
		this.department = department;
	}

	public Channel getService() {
		return this.service;
	}

	public void setService(Channel service) {
		this.service = service;
	}

	public Account getAccount() {
		return this.account;
	}

	public void setAccount(Account account) {
		this.account = account;
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

	public User getOwner() {
		return this.owner;
	}

	public void setOwner(User owner) {
		this.owner = owner;
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
