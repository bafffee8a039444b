package org.smrdesk.activity;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the activity list (and its CSV export), bound from the query string.
 */
public class ActivityFilter {

	private String q = "";

	private Long department;

	private Long service;

	private ActivityKind kind;

	private ActivityStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Long owner;

	private String ownerName;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = (q != null) ? q : "";
	}

	public Long getDepartment() {
		return this.department;
	}

	public void setDepartment(Long department) {
		this.department = department;
	}

	public Long getService() {
		return this.service;
	}

	public void setService(Long service) {
		this.service = service;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActivityStatus status) {
		this.status = status;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getOwner() {
		return this.owner;
	}

	public void setOwner(Long owner) {
		this.owner = owner;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

}
