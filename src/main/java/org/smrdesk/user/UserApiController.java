package org.smrdesk.user;

import java.util.List;
import java.util.Map;

import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.Role;
import org.smrdesk.core.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users (the lead, as on the users pages) and departments (everyone, as on the
 * departments page) for other tools.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('LEAD')")
class UserApiController {

	private final UserService users;

	private final DepartmentService departments;

	UserApiController(UserService users, DepartmentService departments) {
		this.users = users;
		this.departments = departments;
	}

	@GetMapping("/users")
	PagedModel<UserJson> users(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long department, @RequestParam(required = false) Boolean active,
			@SortableBy({ "displayName", "email", "department.name", "role" }) @PageableDefault(size = 25,
					sort = "displayName") Pageable pageable) {
		return new PagedModel<>(this.users.search(q, department, active, pageable).map(UserJson::of));
	}

	@GetMapping("/users/{id}")
	ResponseEntity<UserJson> user(@PathVariable Long id) {
		User user = this.users.get(id);
		return ApiVersions.tagged(UserJson.of(user), user.getVersion());
	}

	@GetMapping("/departments")
	@PreAuthorize("isAuthenticated()")
	List<DepartmentJson> departments() {
		Map<Long, Long> active = this.departments.activeUserCounts();
		return this.departments.all()
			.stream()
			.map((d) -> new DepartmentJson(d.getId(), d.getName(), d.getHeadCount(),
					active.getOrDefault(d.getId(), 0L)))
			.toList();
	}

	/**
	 * A user account (never its password or second factor).
	 */
	record UserJson(Long id, String email, String displayName, Long departmentId, String department, Role role,
			boolean active, String timeZone) {

		static UserJson of(User u) {
			return new UserJson(u.getId(), u.getEmail(), u.getDisplayName(),
					(u.getDepartment() != null) ? u.getDepartment().getId() : null,
					(u.getDepartment() != null) ? u.getDepartment().getName() : null, u.getRole(), u.isActive(),
					u.getTimeZone());
		}

	}

	/**
	 * A department with its head count and its active users.
	 */
	record DepartmentJson(Long id, String name, int headCount, long activeUsers) {
	}

}
