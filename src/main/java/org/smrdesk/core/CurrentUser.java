package org.smrdesk.core;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every feature sees it: who, which department, which role. Kept in
 * the (database-backed) session, so it is serializable and holds no entity.
 *
 * @param id the user's id
 * @param email the login
 * @param displayName the name shown on pages
 * @param departmentId the user's department
 * @param departmentName the department's name
 * @param role what the user may do
 * @param passwordHash the BCrypt hash (erased after authentication)
 * @param active whether the user may sign in
 */
public record CurrentUser(Long id, String email, String displayName, Long departmentId, String departmentName,
		Role role, String passwordHash, boolean active) implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	public boolean isLead() {
		return this.role == Role.LEAD;
	}

	public boolean isManager() {
		return this.role == Role.MANAGER;
	}

	public boolean isStaff() {
		return this.role == Role.STAFF;
	}

	public boolean belongsTo(Long otherDepartmentId) {
		return this.departmentId != null && this.departmentId.equals(otherDepartmentId);
	}

	/**
	 * The same user without the password hash, for keeping in the session.
	 * @return a copy with no credentials
	 */
	public CurrentUser withoutCredentials() {
		return new CurrentUser(this.id, this.email, this.displayName, this.departmentId, this.departmentName, this.role,
				null, this.active);
	}

	/**
	 * The same user with another password hash (after a rehash at sign-in).
	 * @param hash the new hash
	 * @return a copy
	 */
	public CurrentUser withPasswordHash(String hash) {
		return new CurrentUser(this.id, this.email, this.displayName, this.departmentId, this.departmentName, this.role,
				hash, this.active);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.email + ", " + this.role + "]";
	}

}
