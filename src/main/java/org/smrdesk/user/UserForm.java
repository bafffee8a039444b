package org.smrdesk.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smrdesk.core.Role;

/**
 * What the lead types to create or edit a user. The password is required on creation
 * only; on edit a non-empty one replaces the old.
 */
public class UserForm {

	private Long id;

	private Long version;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 120)
	private String displayName;

	@NotNull
	private Long departmentId;

	@NotNull
	private Role role = Role.STAFF;

	@Size(max = 256)
	private String password;

	public UserForm() {
	}

	UserForm(User user) {
		this.id = user.getId();
		this.version = user.getVersion();
		this.email = user.getEmail();
		this.displayName = user.getDisplayName();
		this.departmentId = user.getDepartment().getId();
		this.role = user.getRole();
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

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
