package org.smrdesk.user;

import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.pagecache.KeptTables;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Departments: the parts of the company that do social media, with head counts for
 * coverage figures.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

	private final DepartmentRepository departments;

	private final KeptTables kept;

	DepartmentService(DepartmentRepository departments, KeptTables kept) {
		this.departments = departments;
		this.kept = kept;
	}

	private static final String REQUEST_SNAPSHOT = DepartmentService.class.getName() + ".snapshot";

	private static final String KEPT = "departments";

	private static final List<String> KEPT_TABLES = List.of("departments", "users");

	/**
	 * Every department by name. Read with the active user counts once per request (the
	 * home page's panels and the departments page each ask more than once), and kept for
	 * the next requests while departments and users are unchanged ({@link KeptTables}:
	 * the drop-downs and columns of most pages show them).
	 * @return the departments
	 */
	public List<Department> all() {
		return snapshot().departments();
	}

	public Department get(Long id) {
		return this.departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
	}

	/**
	 * Active users per department id.
	 * @return department id to number of active users
	 */
	public Map<Long, Long> activeUserCounts() {
		return snapshot().activeUsers();
	}

	private Snapshot snapshot() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_SNAPSHOT,
				RequestAttributes.SCOPE_REQUEST) instanceof Snapshot snapshot) {
			return snapshot;
		}
		Snapshot snapshot = this.kept.read(KEPT, KEPT_TABLES, this::read);
		if (request != null) {
			request.setAttribute(REQUEST_SNAPSHOT, snapshot, RequestAttributes.SCOPE_REQUEST);
		}
		return snapshot;
	}

	private Snapshot read() {
		List<Department> all = new ArrayList<>();
		Map<Long, Long> activeUsers = new HashMap<>();
		for (Object[] row : this.departments.findAllWithActiveUserCounts()) {
			Department department = (Department) row[0];
			all.add(department);
			activeUsers.put(department.getId(), (Long) row[1]);
		}
		return new Snapshot(List.copyOf(all), Map.copyOf(activeUsers));
	}

	private static void forgetSnapshot() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(REQUEST_SNAPSHOT, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * The departments and their active users as read in this request.
	 *
	 * @param departments by name
	 * @param activeUsers department id to active users
	 */
	private record Snapshot(List<Department> departments, Map<Long, Long> activeUsers) {
	}

	@Transactional
	public Department create(DepartmentForm form) {
		forgetSnapshot();
		checkUniqueName(form.getName(), null);
		return saveUnique(new Department(form.getName().trim(), form.getHeadCount()));
	}

	@Transactional
	public Department update(Long id, DepartmentForm form) {
		forgetSnapshot();
		Department department = get(id);
		department.checkVersion(form.getVersion());
		checkUniqueName(form.getName(), id);
		department.setName(form.getName().trim());
		department.setHeadCount(form.getHeadCount());
		return saveUnique(department);
	}

	private void checkUniqueName(String name, Long id) {
		this.departments.findByNameIgnoreCase(name.trim())
			.filter((existing) -> !existing.getId().equals(id))
			.ifPresent((existing) -> {
				throw new FieldException("name", "department.name.duplicate");
			});
	}

	private Department saveUnique(Department department) {
		try {
			return this.departments.saveAndFlush(department);
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldException("name", "department.name.duplicate");
		}
	}

}
