package org.smrdesk.responsibility;

import java.util.List;
import java.util.Map;

import org.smrdesk.core.IncidentKind;
import org.smrdesk.user.Department;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The responsibility (RACI) matrix for other tools, read by everyone signed in, as on its
 * page: one row per responsibility with the role of each department that has one.
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
		return matrix.responsibilities().stream().map((r) -> {
			Map<Long, Raci> row = matrix.cells().getOrDefault(r.getId(), Map.of());
			List<Cell> cells = matrix.departments()
				.stream()
				.filter((d) -> row.containsKey(d.getId()))
				.map((Department d) -> new Cell(d.getId(), d.getName(), row.get(d.getId())))
				.toList();
			return new ResponsibilityJson(r.getId(), r.getName(), r.getDescription(), r.getIncidentKind(), cells);
		}).toList();
	}

	/**
	 * A row of the matrix.
	 */
	record ResponsibilityJson(Long id, String name, String description, IncidentKind incidentKind,
			List<Cell> departments) {
	}

	/**
	 * A department's role (responsible, accountable, consulted, informed).
	 */
	record Cell(Long departmentId, String department, Raci role) {
	}

}
