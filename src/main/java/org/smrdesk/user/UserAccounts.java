package org.smrdesk.user;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smrdesk.core.AuditLog;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to user accounts: the lead creates and edits them (a change of role or a
 * password the lead sets is a security event), deactivates them (which ends every session
 * of the user, on every node) and activates them again; users change their own password;
 * the first LEAD is created on an empty database. Reading users is {@link UserService}'s.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

	private static final Log logger = LogFactory.getLog(UserAccounts.class);

	private final UserService users;

	private final UserRepository userRows;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final SecurityEvents events;

	UserAccounts(UserService users, UserRepository userRows, DepartmentRepository departments,
			PasswordEncoder passwordEncoder, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
			SecurityEvents events) {
		this.users = users;
		this.userRows = userRows;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.events = events;
	}

	@Transactional
	public User create(UserForm form) {
		String email = User.normalizeEmail(form.getEmail());
		if (this.userRows.existsByEmail(email)) {
			throw new FieldException("email", "user.email.duplicate");
		}
		PasswordPolicy.check("password", form.getPassword());
		User user = new User(email, form.getDisplayName().trim(), department(form.getDepartmentId()), form.getRole(),
				this.passwordEncoder.encode(form.getPassword()));
		return saveUnique(user);
	}

	@Transactional
	public User update(Long id, UserForm form) {
		User user = this.users.get(id);
		user.checkVersion(form.getVersion());
		String email = User.normalizeEmail(form.getEmail());
		if (this.userRows.existsByEmailAndIdNot(email, id)) {
			throw new FieldException("email", "user.email.duplicate");
		}
		if (form.getPassword() != null && !form.getPassword().isEmpty()) {
			PasswordPolicy.check("password", form.getPassword());
			user.changePasswordHash(this.passwordEncoder.encode(form.getPassword()));
			endSessions(user.getEmail(), null);
			this.events.record(AuditLog.Action.PASSWORD_CHANGED, user.getId(), user.getEmail(), "set by a lead");
		}
		if (user.getRole() != form.getRole()) {
			this.events.record(AuditLog.Action.ROLE_CHANGED, user.getId(), user.getEmail(),
					user.getRole() + " to " + form.getRole());
		}
		user.setEmail(email);
		user.setDisplayName(form.getDisplayName().trim());
		user.setDepartment(department(form.getDepartmentId()));
		user.setRole(form.getRole());
		return saveUnique(user);
	}

	/**
	 * Stops a user from signing in and ends every session they have, on every node.
	 * @param id the user's id
	 * @param actor who does it (a lead cannot deactivate themselves)
	 */
	@Transactional
	public void deactivate(Long id, CurrentUser actor) {
		User user = this.users.get(id);
		if (user.getId().equals(actor.id())) {
			throw new org.smrdesk.core.RuleException("user.deactivate.self");
		}
		user.deactivate();
		endSessions(user.getEmail(), null);
	}

	@Transactional
	public void activate(Long id) {
		this.users.get(id).activate();
	}

	/**
	 * Changes one's own password and ends every other session of the user, on every node.
	 * @param userId the user
	 * @param currentPassword the password now, as a check
	 * @param newPassword the new password
	 * @param keepSessionId the session to keep (the one making the change), or null
	 */
	@Transactional
	public void changePassword(Long userId, String currentPassword, String newPassword, String keepSessionId) {
		User user = this.users.get(userId);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new FieldException("currentPassword", "password.current.wrong");
		}
		PasswordPolicy.check("newPassword", newPassword);
		user.changePasswordHash(this.passwordEncoder.encode(newPassword));
		endSessions(user.getEmail(), keepSessionId);
		this.events.record(AuditLog.Action.PASSWORD_CHANGED, user.getId(), user.getEmail(), "by its owner");
	}

	/**
	 * Creates the first LEAD when there is no user yet.
	 * @param email the login
	 * @param password the password
	 * @param departmentName the department, created when missing
	 * @return the new user
	 */
	@Transactional
	public User createFirstAdmin(String email, String password, String departmentName) {
		PasswordPolicy.check("password", password);
		Department department = this.departments.findByNameIgnoreCase(departmentName)
			.orElseGet(() -> this.departments.save(new Department(departmentName, 1)));
		return this.userRows
			.save(new User(email, "Administrator", department, Role.LEAD, this.passwordEncoder.encode(password)));
	}

	private Department department(Long id) {
		return this.departments.findById(id)
			.orElseThrow(() -> new FieldException("departmentId", "department.unknown"));
	}

	private User saveUnique(User user) {
		try {
			return this.userRows.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldException("email", "user.email.duplicate");
		}
	}

	private void endSessions(String email, String keepSessionId) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(email)
				.keySet()
				.stream()
				.filter((id) -> !id.equals(keepSessionId))
				.forEach(repository::deleteById);
			logger.info("Ended the other sessions of a user whose access or password changed");
		}
	}

}
