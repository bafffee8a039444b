package org.smrdesk.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

/**
 * A person who signs in. The e-mail address is the login and is kept in lower case.
 */
@Entity
@Table(name = "users")
public class User extends AuditableEntity {

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "time_zone")
	private String timeZone;

	protected User() {
	}

	public User(String email, String displayName, Department department, Role role, String passwordHash) {
		this.email = normalizeEmail(email);
		this.displayName = displayName;
		this.department = department;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	static String normalizeEmail(String email) {
		return (email != null) ? email.trim().toLowerCase(java.util.Locale.ROOT) : null;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = normalizeEmail(email);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Department getDepartment() {
		return this.department;
	}

	public void setDepartment(Department department) {
		this.department = department;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isActive() {
		return this.active;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * The zone this user reads and types times in, or null for the company zone.
	 * @return the zone id, or null
	 */
	public String getTimeZone() {
		return this.timeZone;
	}

	void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(getId(), this.email, this.displayName, this.department.getId(),
				this.department.getName(), this.role, this.passwordHash, this.active);
	}

}
