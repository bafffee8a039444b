package org.smrdesk.user;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smrdesk.core.AuditLog;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users: who may sign in, in which department and role.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private static final Log logger = LogFactory.getLog(UserService.class);

	private final UserRepository users;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final SecurityEvents events;

	UserService(UserRepository users, DepartmentRepository departments, PasswordEncoder passwordEncoder,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, SecurityEvents events) {
		this.users = users;
		this.events = events;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	/**
	 * For the directory, in one query: the first active users (by name) whose name or
	 * e-mail contains the text, and the first few active users (by name) of each given
	 * department.
	 * @param text the search (an empty text matches nobody)
	 * @param matching the most matching users
	 * @param departmentIds the departments
	 * @param perDepartment the most users per department
	 * @return the users found
	 */
	public PeopleFound findPeople(String text, int matching, java.util.Collection<Long> departmentIds,
			int perDepartment) {
		String query = (text != null) ? text.trim().toLowerCase(java.util.Locale.ROOT) : "";
		List<User> matched = new java.util.ArrayList<>();
		java.util.Map<Long, List<User>> byDepartment = new java.util.HashMap<>();
		if (query.isEmpty() && departmentIds.isEmpty()) {
			return new PeopleFound(matched, byDepartment);
		}
		for (Object[] row : this.users.findMatchingAndFirstOfDepartments(query, query.isEmpty() ? 0 : matching,
				departmentIds.isEmpty() ? List.of(-1L) : departmentIds, perDepartment)) {
			User user = (User) row[0];
			Long departmentId = ((Department) row[1]).getId();
			if (!query.isEmpty() && Boolean.TRUE.equals(row[2]) && matched.size() < matching) {
				matched.add(user);
			}
			List<User> colleagues = byDepartment.computeIfAbsent(departmentId, (id) -> new java.util.ArrayList<>());
			if (departmentIds.contains(departmentId) && colleagues.size() < perDepartment) {
				colleagues.add(user);
			}
		}
		return new PeopleFound(matched, byDepartment);
	}

	/**
	 * Users found for the directory.
	 *
	 * @param matching those matching the text, by name
	 * @param byDepartment the first few of each department asked for, by name
	 */
	public record PeopleFound(List<User> matching, java.util.Map<Long, List<User>> byDepartment) {
	}

	public Page<User> search(String text, Long departmentId, Boolean active, Pageable pageable) {
		String query = (text != null) ? text.trim().toLowerCase(java.util.Locale.ROOT) : "";
		return Paging.within(pageable, (reachable) -> this.users.search(query, departmentId, active, reachable));
	}

	/**
	 * Every user matching the list's filters as CSV rows (name, e-mail, department, role,
	 * active), in one query of plain values.
	 * @param text text in the name or e-mail
	 * @param departmentId a department, or null
	 * @param active active or not, or null for both
	 * @param sort the order
	 * @return the rows
	 */
	public List<List<Object>> export(String text, Long departmentId, Boolean active, Sort sort) {
		String query = (text != null) ? text.trim().toLowerCase(java.util.Locale.ROOT) : "";
		return this.users.exportRows(query, departmentId, active, sort).stream().map(Arrays::asList).toList();
	}

	public User get(Long id) {
		return this.users.findWithDepartmentById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	/**
	 * A user by id, for other features to reference (owner, reporter, trainer).
	 * @param id the user's id
	 * @return the user
	 */
	public User getReference(Long id) {
		if (id == null || !this.users.existsById(id)) {
			throw new NotFoundException("User", id);
		}
		return this.users.getReferenceById(id);
	}

	public Optional<User> findByEmail(String email) {
		return this.users.findByEmail(User.normalizeEmail(email));
	}

	/**
	 * Active users by name, for "owner" drop-downs.
	 * @return the active users
	 */
	public List<User> activeUsers() {
		return this.users.findByActiveTrueOrderByDisplayName();
	}

	/**
	 * The first active lead (the lowest id), as a reader of company-wide figures computed
	 * on nobody's request.
	 * @return the lead, or empty when there is none yet
	 */
	public Optional<CurrentUser> firstActiveLead() {
		return this.users.findFirstByRoleAndActiveTrueOrderByIdAsc(Role.LEAD)
			.map((user) -> new CurrentUser(user.getId(), user.getEmail(), user.getDisplayName(),
					user.getDepartment().getId(), user.getDepartment().getName(), user.getRole(), null, true));
	}

	/**
	 * Active users whose name starts with what was typed, for type-ahead fields.
	 * @param typed what the user typed
	 * @param limit the most to return
	 * @return id and name, by name
	 */
	public List<Person> lookup(String typed, int limit) {
		String text = (typed != null) ? typed.strip().toLowerCase(java.util.Locale.ROOT) : "";
		if (text.isEmpty()) {
			return List.of();
		}
		String prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.users.findActiveByNamePrefix(prefix, PageRequest.of(0, limit))
			.stream()
			.map((named) -> new Person(named.getId(), named.getName()))
			.toList();
	}

	/**
	 * The person a type-ahead filter names: by id when one was chosen, otherwise the
	 * first active user whose name starts with what was typed (the no-JavaScript
	 * fallback).
	 * @param id the chosen user's id, or null
	 * @param typed the typed name, or null
	 * @return the person, or empty when none
	 */
	public java.util.Optional<Person> person(Long id, String typed) {
		if (id != null) {
			return this.users.findDisplayNameById(id).map((name) -> new Person(id, name));
		}
		return lookup(typed, 1).stream().findFirst();
	}

	/**
	 * A person offered by a type-ahead field.
	 *
	 * @param id the user's id
	 * @param name the display name
	 */
	public record Person(Long id, String name) {

	}

	public boolean hasAnyUser() {
		return this.users.count() > 0;
	}

	@Transactional
	public User create(UserForm form) {
		String email = User.normalizeEmail(form.getEmail());
		if (this.users.existsByEmail(email)) {
			throw new FieldException("email", "user.email.duplicate");
		}
		PasswordPolicy.check("password", form.getPassword());
		User user = new User(email, form.getDisplayName().trim(), department(form.getDepartmentId()), form.getRole(),
				this.passwordEncoder.encode(form.getPassword()));
		return saveUnique(user);
	}

	@Transactional
	public User update(Long id, UserForm form) {
		User user = get(id);
		user.checkVersion(form.getVersion());
		String email = User.normalizeEmail(form.getEmail());
		if (this.users.existsByEmailAndIdNot(email, id)) {
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
		User user = get(id);
		if (user.getId().equals(actor.id())) {
			throw new org.smrdesk.core.RuleException("user.deactivate.self");
		}
		user.deactivate();
		endSessions(user.getEmail(), null);
	}

	@Transactional
	public void activate(Long id) {
		get(id).activate();
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
		User user = get(userId);
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
		return this.users
			.save(new User(email, "Administrator", department, Role.LEAD, this.passwordEncoder.encode(password)));
	}

	private Department department(Long id) {
		return this.departments.findById(id)
			.orElseThrow(() -> new FieldException("departmentId", "department.unknown"));
	}

	private User saveUnique(User user) {
		try {
			return this.users.saveAndFlush(user);
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
