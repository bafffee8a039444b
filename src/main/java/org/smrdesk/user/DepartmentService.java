package org.smrdesk.user;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	public List<Department> all() {
		return this.departments.findAllBy(Sort.by("name"));
	}

	public Department get(Long id) {
		return this.departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
	}

	/**
	 * Active users per department id.
	 * @return department id to number of active users
	 */
	public Map<Long, Long> activeUserCounts() {
		return this.departments.countActiveUsersByDepartment()
			.stream()
			.collect(Collectors.toMap(DepartmentRepository.DepartmentUserCount::getId,
					DepartmentRepository.DepartmentUserCount::getUsers));
	}

	@Transactional
	public Department create(DepartmentForm form) {
		checkUniqueName(form.getName(), null);
		return saveUnique(new Department(form.getName().trim(), form.getHeadCount()));
	}

	@Transactional
	public Department update(Long id, DepartmentForm form) {
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
