package org.smrdesk.user;

import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;

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

	DepartmentService(DepartmentRepository departments) {
		this.departments = departments;
	}

	private static final String REQUEST_SNAPSHOT = DepartmentService.class.getName() + ".snapshot";

	/**
	 * Every department by name. Read once per request with the active user counts (the
	 * home page's panels and the departments page each ask more than once).
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
		List<Department> all = new ArrayList<>();
		Map<Long, Long> activeUsers = new HashMap<>();
		for (Object[] row : this.departments.findAllWithActiveUserCounts()) {
			Department department = (Department) row[0];
			all.add(department);
			activeUsers.put(department.getId(), (Long) row[1]);
		}
		Snapshot snapshot = new Snapshot(List.copyOf(all), Map.copyOf(activeUsers));
		if (request != null) {
			request.setAttribute(REQUEST_SNAPSHOT, snapshot, RequestAttributes.SCOPE_REQUEST);
		}
		return snapshot;
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
