package org.smrdesk.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;

/**
 * An official company presence on a service, owned by a department and a person (with a
 * backup). Never holds credentials.
 */
@Entity
@Table(name = "accounts")
public class Account extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "service_id")
	private Channel service;

	@Column(nullable = false)
	private String handle;

	private String url;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id")
	private User owner;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "backup_owner_id")
	private User backupOwner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status = AccountStatus.ACTIVE;

	private String notes;

	protected Account() {
	}

	public Account(Channel service, String handle, Department department, User owner) {
		this.service = service;
		this.handle = handle;
		this.department = department;
		this.owner = owner;
	}

	/**
	 * The service and handle, for drop-downs.
	 * @return for example "Chirp · @acme"
	 */
	public String getLabel() {
		return this.service.getName() + " · " + this.handle;
	}

	public Channel getService() {
		return this.service;
	}

	public void setService(Channel service) {
		this.service = service;
	}

	public String getHandle() {
		return this.handle;
	}

	public void setHandle(String handle) {
		this.handle = handle;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Department getDepartment() {
		return this.department;
	}

	public void setDepartment(Department department) {
		this.department = department;
	}

	public User getOwner() {
		return this.owner;
	}

	public void setOwner(User owner) {
		this.owner = owner;
	}

	public User getBackupOwner() {
		return this.backupOwner;
	}

	public void setBackupOwner(User backupOwner) {
		this.backupOwner = backupOwner;
	}

	public AccountStatus getStatus() {
		return this.status;
	}

	public void setStatus(AccountStatus status) {
		this.status = status;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
