package org.smrdesk.user;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Role;
import org.smrdesk.core.Text;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users: who may sign in, in which department and role. Changes to their accounts are
 * {@link UserAccounts}'s.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private final UserRepository users;

	UserService(UserRepository users) {
		this.users = users;
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
				departmentIds.toArray(Long[]::new), perDepartment)) {
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
	 * Active users by name, with their department (imports, training coverage).
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
		String prefix = Text.likeEscaped(text) + "%";
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

}
