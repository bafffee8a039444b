package org.smrdesk.user;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import org.smrdesk.core.ApiPage;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.core.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users (the lead, as on the users pages) and departments (everyone reads them; the lead
 * creates and changes them, as on the departments page) for other tools.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('LEAD')")
class UserApiController {

	private final UserService users;

	private final UserAccounts accounts;

	private final DepartmentService departments;

	private final SecondFactorService secondFactors;

	UserApiController(UserService users, UserAccounts accounts, DepartmentService departments,
			SecondFactorService secondFactors) {
		this.users = users;
		this.accounts = accounts;
		this.departments = departments;
		this.secondFactors = secondFactors;
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

	@PostMapping("/users")
	ResponseEntity<UserJson> create(@Valid @RequestBody UserCreateRequest request) {
		User user = this.accounts.create(request.toForm());
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.getId()))
			.eTag(ApiVersions.etag(user.getVersion()))
			.body(UserJson.of(this.users.get(user.getId())));
	}

	/**
	 * Changes a user's e-mail, name, department, role or active flag. A new role or
	 * department applies from the user's next request (the principal is read afresh on
	 * every request); deactivating ends their sessions.
	 * @param id the user
	 * @param ifMatch the {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param request the user
	 * @param actor the lead
	 * @return the user with the new {@code ETag}
	 */
	@PutMapping("/users/{id}")
	ResponseEntity<UserJson> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody UserUpdateRequest request, @AuthenticationPrincipal CurrentUser actor) {
		User current = this.users.get(id);
		this.accounts.update(id, request.toForm(ApiVersions.expected(ifMatch, current.getVersion())));
		if (request.active() != null && request.active() != current.isActive()) {
			if (request.active()) {
				this.accounts.activate(id);
			}
			else {
				this.accounts.deactivate(id, actor);
			}
		}
		return user(id);
	}

	/**
	 * Turns off a user's second factor (a lost phone), as the user's page does: they sign
	 * in with their password and may set it up again. Recorded in the audit log with the
	 * lead as the actor.
	 * @param id the user
	 * @return the user
	 */
	@PostMapping("/users/{id}/second-factor/reset")
	ResponseEntity<UserJson> resetSecondFactor(@PathVariable Long id) {
		User user = this.users.get(id);
		this.secondFactors.reset(id, user.getEmail());
		return user(id);
	}

	/**
	 * The departments by name, a page at a time like every list.
	 * @param pageable the page ({@code page} from 0, {@code size} up to 100)
	 * @return the page
	 */
	@GetMapping("/departments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The departments by name, paged",
			description = "Everyone reads the departments. Compatibility: before 2026-12 this route answered a bare "
					+ "JSON array of every department; it now pages like every list (`page` from 0, `size` 50 by "
					+ "default, at most 100), the departments in `content`, with `page` metadata, `Link` headers and "
					+ "`X-Total-Count`. A client that read the array reads `content` and follows `Link: rel=\"next\"` "
					+ "(or asks `size=100`). The order stays by name; `sort` is not accepted.")
	ApiPage<DepartmentJson> departments(@PageableDefault(size = 50) Pageable pageable) {
		return ApiPage.of(this.departments.all(), pageable).map(this::department);
	}

	@GetMapping("/departments/{id}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<DepartmentJson> department(@PathVariable Long id) {
		Department department = this.departments.get(id);
		return ApiVersions.tagged(department(department), department.getVersion());
	}

	/**
	 * Creates a department (the lead); its name is unique, whatever the case.
	 * @param request the department
	 * @return the department
	 */
	@PostMapping("/departments")
	ResponseEntity<DepartmentJson> createDepartment(@Valid @RequestBody DepartmentRequest request) {
		Department department = this.departments.create(request.toForm(null));
		return ResponseEntity.created(URI.create("/api/v1/departments/" + department.getId()))
			.eTag(ApiVersions.etag(department.getVersion()))
			.body(department(department));
	}

	/**
	 * Renames a department or changes its head count (the lead), as its page does.
	 * @param id the department
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request the department
	 * @return the department with its new {@code ETag}
	 */
	@PutMapping("/departments/{id}")
	ResponseEntity<DepartmentJson> updateDepartment(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DepartmentRequest request) {
		Long expected = ApiVersions.expected(ifMatch, this.departments.get(id).getVersion());
		Department department = this.departments.update(id, request.toForm(expected));
		return ApiVersions.tagged(department(department), department.getVersion());
	}

	private DepartmentJson department(Department d) {
		return new DepartmentJson(d.getId(), d.getVersion(), d.getName(), d.getHeadCount(),
				this.departments.activeUserCounts().getOrDefault(d.getId(), 0L));
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
	 * A new user (the lead).
	 *
	 * @param email their e-mail address, to sign in with (unique)
	 * @param displayName their name
	 * @param departmentId their department
	 * @param role STAFF, MANAGER or LEAD
	 * @param password their first password (the password policy applies)
	 */
	@Schema(example = """
			{"email": "sam@example.com", "displayName": "Sam Example", "departmentId": 2, "role": "STAFF",
			 "password": "a long first password"}""")
	record UserCreateRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 120) String displayName, @NotNull Long departmentId, @NotNull Role role,
			@NotBlank @Size(max = 256) String password) {

		UserForm toForm() {
			UserForm form = new UserForm();
			form.setEmail(this.email);
			form.setDisplayName(this.displayName);
			form.setDepartmentId(this.departmentId);
			form.setRole(this.role);
			form.setPassword(this.password);
			return form;
		}

	}

	/**
	 * A user as the lead changes them; the version comes from {@code If-Match}.
	 *
	 * @param email their e-mail address (unique)
	 * @param displayName their name
	 * @param departmentId their department
	 * @param role STAFF, MANAGER or LEAD
	 * @param active false to stop them signing in (ending their sessions), true to let
	 * them in again; left out: unchanged
	 */
	@Schema(example = """
			{"email": "sam@example.com", "displayName": "Sam Example", "departmentId": 3, "role": "MANAGER",
			 "active": true}""")
	record UserUpdateRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 120) String displayName, @NotNull Long departmentId, @NotNull Role role,
			Boolean active) {

		UserForm toForm(Long version) {
			UserForm form = new UserForm();
			form.setVersion(version);
			form.setEmail(this.email);
			form.setDisplayName(this.displayName);
			form.setDepartmentId(this.departmentId);
			form.setRole(this.role);
			return form;
		}

	}

	/**
	 * A department with its head count and its active users.
	 */
	record DepartmentJson(Long id, long version, String name, int headCount, long activeUsers) {
	}

	/**
	 * A department as the lead creates or changes it; the version comes from
	 * {@code If-Match}.
	 *
	 * @param name its name (unique, whatever the case)
	 * @param headCount how many people work there (for coverage figures)
	 */
	@Schema(example = """
			{"name": "Customer Care", "headCount": 35}""")
	record DepartmentRequest(@NotBlank @Size(max = 80) String name,
			@NotNull @PositiveOrZero @Max(1_000_000) Integer headCount) {

		DepartmentForm toForm(Long version) {
			DepartmentForm form = new DepartmentForm();
			form.setVersion(version);
			form.setName(this.name);
			form.setHeadCount(this.headCount);
			return form;
		}

	}

}
