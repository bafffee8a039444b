package org.smrdesk.responsibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.ArrayFunctions;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Text;
import org.smrdesk.core.pagecache.KeptTables;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility matrix. Everyone reads it; the lead edits it. Incidents ask it which
 * departments to engage for an incident's kind.
 */
@Service
@Transactional(readOnly = true)
public class ResponsibilityService {

	private static final EnumSet<Raci> ENGAGED = EnumSet.of(Raci.R, Raci.A);

	/**
	 * The same roles by name: bound as one array parameter, so Hibernate keeps the
	 * queries' translations.
	 */
	private static final String[] ENGAGED_NAMES = ArrayFunctions.names(ENGAGED);

	private final ResponsibilityRepository responsibilities;

	private final ResponsibilityAssignmentRepository assignments;

	private final DepartmentService departments;

	private final KeptTables kept;

	ResponsibilityService(ResponsibilityRepository responsibilities, ResponsibilityAssignmentRepository assignments,
			DepartmentService departments, KeptTables kept) {
		this.responsibilities = responsibilities;
		this.assignments = assignments;
		this.departments = departments;
		this.kept = kept;
	}

	/**
	 * Every responsibility, in the matrix's order.
	 * @return the responsibilities
	 */
	public List<Responsibility> all() {
		return this.responsibilities.findAllOrdered();
	}

	public Responsibility get(Long id) {
		if (id == null) {
			throw new NotFoundException("Responsibility", null);
		}
		return this.responsibilities.findById(id).orElseThrow(() -> new NotFoundException("Responsibility", id));
	}

	/**
	 * The departments that do or own a responsibility (cells R or A), by name.
	 * @param responsibilityId the responsibility
	 * @return the departments
	 */
	public List<Department> responsibleDepartments(Long responsibilityId) {
		return this.assignments.findDepartments(responsibilityId, ENGAGED_NAMES);
	}

	/**
	 * {@link #responsibleDepartments(Long)} of several responsibilities, in one query.
	 * @param responsibilityIds the responsibilities
	 * @return responsibility id to its departments by name (absent: none)
	 */
	public java.util.Map<Long, List<Department>> responsibleDepartments(Collection<Long> responsibilityIds) {
		java.util.Map<Long, List<Department>> departments = new java.util.HashMap<>();
		if (!responsibilityIds.isEmpty()) {
			for (Object[] row : this.assignments.findDepartmentsOf(responsibilityIds.toArray(Long[]::new),
					ENGAGED_NAMES)) {
				departments.computeIfAbsent((Long) row[0], (id) -> new java.util.ArrayList<>())
					.add((Department) row[1]);
			}
		}
		return departments;
	}

	/**
	 * The departments to engage for an incident of a kind: R or A on any responsibility
	 * linked to that kind.
	 * @param incidentKind the kind
	 * @return the departments, by name
	 */
	public List<Department> departmentsForIncidentKind(IncidentKind incidentKind) {
		return this.assignments.findDepartmentsForIncidentKind(incidentKind, ENGAGED_NAMES)
			.stream()
			.sorted(java.util.Comparator.comparing(Department::getName))
			.toList();
	}

	/**
	 * The cells of some departments, for "who does what" answers.
	 * @param departmentIds the departments
	 * @return their filled cells with responsibility and department
	 */
	public List<ResponsibilityAssignment> assignmentsOf(Collection<Long> departmentIds) {
		if (departmentIds.isEmpty()) {
			return List.of();
		}
		return this.assignments.findByDepartmentIdIn(departmentIds.toArray(Long[]::new));
	}

	/**
	 * Every responsibility in the matrix's order with its assignments (responsibility and
	 * department loaded) and the departments that do or own it (R and A, by name), in one
	 * query: for searching names and departments in memory (the matrix is small). Kept
	 * for the next requests while the matrix and the departments are unchanged
	 * ({@link KeptTables}).
	 * @return one row per responsibility
	 */
	public List<MatrixRow> rows() {
		return this.kept.read("responsibility-matrix",
				List.of("responsibilities", "responsibility_assignments", "departments"), this::readRows);
	}

	private List<MatrixRow> readRows() {
		Map<Long, MatrixRow> rows = new LinkedHashMap<>();
		for (Object[] tuple : this.assignments.findAllResponsibilitiesWithAssignments()) {
			Responsibility responsibility = (Responsibility) tuple[0];
			MatrixRow row = rows.computeIfAbsent(responsibility.getId(),
					(id) -> new MatrixRow(responsibility, new ArrayList<>(), new ArrayList<>()));
			if (tuple[1] instanceof ResponsibilityAssignment assignment) {
				row.assignments().add(assignment);
				if (ENGAGED.contains(assignment.getRole())) {
					row.responsible().add((Department) tuple[2]);
				}
			}
		}
		return rows.values()
			.stream()
			.map((row) -> new MatrixRow(row.responsibility(), List.copyOf(row.assignments()),
					List.copyOf(row.responsible())))
			.toList();
	}

	/**
	 * A responsibility with its cells.
	 *
	 * @param responsibility the responsibility
	 * @param assignments its assignments, departments by name
	 * @param responsible its R and A departments, by name
	 */
	public record MatrixRow(Responsibility responsibility, List<ResponsibilityAssignment> assignments,
			List<Department> responsible) {
	}

	/**
	 * The whole matrix, in three queries.
	 * @return the matrix
	 */
	public Matrix matrix() {
		List<Responsibility> rows = all();
		List<Department> columns = this.departments.all();
		Map<Long, Map<Long, Raci>> cells = new HashMap<>();
		for (ResponsibilityAssignment assignment : this.assignments.findAllWithDetails()) {
			cells.computeIfAbsent(assignment.getResponsibility().getId(), (id) -> new HashMap<>())
				.put(assignment.getDepartment().getId(), assignment.getRole());
		}
		return new Matrix(rows, columns, cells);
	}

	/**
	 * A form for a row of the matrix.
	 * @param id the responsibility
	 * @return the form with its cells
	 */
	public ResponsibilityForm form(Long id) {
		Responsibility responsibility = get(id);
		Map<Long, Raci> cells = new LinkedHashMap<>();
		for (ResponsibilityAssignment assignment : this.assignments.findByResponsibilityId(id)) {
			cells.put(assignment.getDepartment().getId(), assignment.getRole());
		}
		return new ResponsibilityForm(responsibility, cells);
	}

	@Transactional
	public Responsibility create(ResponsibilityForm form) {
		checkUniqueName(form.getName(), null);
		Responsibility responsibility = new Responsibility(form.getName().trim(),
				this.responsibilities.maxPosition() + 10);
		apply(responsibility, form);
		responsibility = saveUnique(responsibility);
		applyCells(responsibility, form.getCells());
		return responsibility;
	}

	@Transactional
	public Responsibility update(Long id, ResponsibilityForm form) {
		Responsibility responsibility = get(id);
		responsibility.checkVersion(form.getVersion());
		checkUniqueName(form.getName(), id);
		responsibility.setName(form.getName().trim());
		apply(responsibility, form);
		responsibility = saveUnique(responsibility);
		applyCells(responsibility, form.getCells());
		return responsibility;
	}

	@Transactional
	public void delete(Long id) {
		Responsibility responsibility = get(id);
		this.assignments.deleteAll(this.assignments.findByResponsibilityId(id));
		this.responsibilities.delete(responsibility);
		this.responsibilities.flush();
	}

	private void apply(Responsibility responsibility, ResponsibilityForm form) {
		responsibility.setDescription(Text.blankToNull(form.getDescription()));
		responsibility.setIncidentKind(form.getIncidentKind());
	}

	/**
	 * Makes a row of the matrix what the form says: cells not in it are emptied.
	 */
	private void applyCells(Responsibility responsibility, Map<Long, Raci> cells) {
		Map<Long, ResponsibilityAssignment> existing = new HashMap<>();
		for (ResponsibilityAssignment assignment : this.assignments.findByResponsibilityId(responsibility.getId())) {
			existing.put(assignment.getDepartment().getId(), assignment);
		}
		Map<Long, Raci> wanted = (cells != null) ? cells : Map.of();
		for (Map.Entry<Long, ResponsibilityAssignment> entry : existing.entrySet()) {
			Raci role = wanted.get(entry.getKey());
			if (role == null) {
				this.assignments.delete(entry.getValue());
			}
			else if (role != null && role != entry.getValue().getRole()) {
				entry.getValue().setRole(role);
			}
		}
		for (Map.Entry<Long, Raci> entry : wanted.entrySet()) {
			if (entry.getValue() != null && !existing.containsKey(entry.getKey())) {
				Department department = FieldException.whenMissing("cells", "department.unknown",
						() -> this.departments.get(entry.getKey()));
				this.assignments.save(new ResponsibilityAssignment(responsibility, department, entry.getValue()));
			}
		}
		this.assignments.flush();
	}

	private void checkUniqueName(String name, Long id) {
		this.responsibilities.findByNameIgnoreCase(name.trim())
			.filter((existing) -> !existing.getId().equals(id))
			.ifPresent((existing) -> {
				throw new FieldException("name", "responsibility.name.duplicate");
			});
	}

	private Responsibility saveUnique(Responsibility responsibility) {
		try {
			return this.responsibilities.saveAndFlush(responsibility);
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldException("name", "responsibility.name.duplicate");
		}
	}

	/**
	 * The matrix: rows, columns and the filled cells.
	 *
	 * @param responsibilities the rows
	 * @param departments the columns
	 * @param cells responsibility id to department id to cell
	 */
	public record Matrix(List<Responsibility> responsibilities, List<Department> departments,
			Map<Long, Map<Long, Raci>> cells) {

		/**
		 * A cell, for templates.
		 * @param responsibilityId the row
		 * @param departmentId the column
		 * @return the cell or null
		 */
		public Raci cell(Long responsibilityId, Long departmentId) {
			Map<Long, Raci> row = this.cells.get(responsibilityId);
			return (row != null) ? row.get(departmentId) : null;
		}

	}

}
