package org.smrdesk.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user types to add or edit an account. There is deliberately no password field.
 */
public class AccountForm {

	private Long id;

	private Long version;

	@NotNull
	private Long serviceId;

	@NotBlank
	@Size(max = 200)
	private String handle;

	@Size(max = 500)
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{URL}")
	private String url;

	@NotNull
	private Long departmentId;

	@NotNull
	private Long ownerId;

	private Long backupOwnerId;

	@NotNull
	private AccountStatus status = AccountStatus.ACTIVE;

	@Size(max = 4000)
	private String notes;

	public AccountForm() {
	}

	AccountForm(Account account) {
		this.id = account.getId();
		this.version = account.getVersion();
		this.serviceId = account.getService().getId();
		this.handle = account.getHandle();
		this.url = account.getUrl();
		this.departmentId = account.getDepartment().getId();
		this.ownerId = account.getOwner().getId();
		this.backupOwnerId = (account.getBackupOwner() != null) ? account.getBackupOwner().getId() : null;
		this.status = account.getStatus();
		this.notes = account.getNotes();
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

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
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

	public Long getBackupOwnerId() {
		return this.backupOwnerId;
	}

	public void setBackupOwnerId(Long backupOwnerId) {
		this.backupOwnerId = backupOwnerId;
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
