package org.smrdesk.responsibility;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.user.Department;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The responsibility (RACI) matrix for other tools, read by everyone signed in, as on its
 * page: one row per responsibility with the role of each department that has one. The
 * lead adds, changes and deletes rows.
 */
@RestController
@RequestMapping("/api/v1/responsibilities")
@PreAuthorize("isAuthenticated()")
class ResponsibilityApiController {

	private final ResponsibilityService responsibilities;

	ResponsibilityApiController(ResponsibilityService responsibilities) {
		this.responsibilities = responsibilities;
	}

	@GetMapping
	List<ResponsibilityJson> matrix() {
		ResponsibilityService.Matrix matrix = this.responsibilities.matrix();
		return matrix.responsibilities().stream().map((r) -> row(matrix, r)).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<ResponsibilityJson> show(@PathVariable Long id) {
		ResponsibilityService.Matrix matrix = this.responsibilities.matrix();
		Responsibility responsibility = matrix.responsibilities()
			.stream()
			.filter((r) -> r.getId().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Responsibility", id));
		return ApiVersions.tagged(row(matrix, responsibility), responsibility.getVersion());
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ResponsibilityJson> create(@Valid @RequestBody ResponsibilityRequest request) {
		Responsibility created = this.responsibilities.create(request.toForm(null));
		ResponseEntity<ResponsibilityJson> shown = show(created.getId());
		return ResponseEntity.created(URI.create("/api/v1/responsibilities/" + created.getId()))
			.eTag(shown.getHeaders().getETag())
			.body(shown.getBody());
	}

	/**
	 * Changes a row of the matrix (the lead); departments left out of {@code departments}
	 * lose their role in it.
	 * @param id the responsibility
	 * @param ifMatch its {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param request the row
	 * @return the row with its new {@code ETag}
	 */
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ResponsibilityJson> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ResponsibilityRequest request) {
		this.responsibilities.update(id,
				request.toForm(ApiVersions.expected(ifMatch, this.responsibilities.get(id).getVersion())));
		return show(id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('LEAD')")
	void delete(@PathVariable Long id, @RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch) {
		ApiVersions.expected(ifMatch, this.responsibilities.get(id).getVersion());
		this.responsibilities.delete(id);
	}

	private static ResponsibilityJson row(ResponsibilityService.Matrix matrix, Responsibility r) {
		Map<Long, Raci> row = matrix.cells().getOrDefault(r.getId(), Map.of());
		List<Cell> cells = matrix.departments()
			.stream()
			.filter((d) -> row.containsKey(d.getId()))
			.map((Department d) -> new Cell(d.getId(), d.getName(), row.get(d.getId())))
			.toList();
		return new ResponsibilityJson(r.getId(), r.getVersion(), r.getName(), r.getDescription(), r.getIncidentKind(),
				cells);
	}

	/**
	 * A row of the matrix.
	 */
	record ResponsibilityJson(Long id, long version, String name, String description, IncidentKind incidentKind,
			List<Cell> departments) {
	}

	/**
	 * A department's role (responsible, accountable, consulted, informed).
	 */
	record Cell(Long departmentId, String department, Raci role) {
	}

	/**
	 * A row of the matrix as the lead writes it; the version comes from {@code If-Match}.
	 *
	 * @param name what must be done (unique)
	 * @param description more about it
	 * @param incidentKind the sort of incident it answers, for the incident page's "who
	 * do I call"
	 * @param departments each department's role; those left out have none
	 */
	@Schema(example = """
			{"name": "Answer press questions", "incidentKind": "COMPLAINT",
			 "departments": [{"departmentId": 1, "role": "R"}, {"departmentId": 3, "role": "A"}]}""")
	record ResponsibilityRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
			IncidentKind incidentKind, List<@Valid DepartmentRole> departments) {

		ResponsibilityForm toForm(Long version) {
			ResponsibilityForm form = new ResponsibilityForm();
			form.setVersion(version);
			form.setName(this.name);
			form.setDescription(this.description);
			form.setIncidentKind(this.incidentKind);
			Map<Long, Raci> cells = new LinkedHashMap<>();
			if (this.departments != null) {
				this.departments.forEach((role) -> cells.put(role.departmentId(), role.role()));
			}
			form.setCells(cells);
			return form;
		}

	}

	/**
	 * A department's role in a row.
	 *
	 * @param departmentId the department
	 * @param role R, A, C or I
	 */
	record DepartmentRole(@NotNull Long departmentId, @NotNull Raci role) {
	}

}
