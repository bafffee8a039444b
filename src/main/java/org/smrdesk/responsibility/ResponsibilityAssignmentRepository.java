package org.smrdesk.responsibility;

import java.util.List;
import java.util.Optional;

import org.smrdesk.core.IncidentKind;
import org.smrdesk.user.Department;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResponsibilityAssignmentRepository extends JpaRepository<ResponsibilityAssignment, Long> {

	@Query("select a from ResponsibilityAssignment a join fetch a.responsibility join fetch a.department")
	List<ResponsibilityAssignment> findAllWithDetails();

	/**
	 * Every responsibility with each of its assignments and that one's department (a row
	 * with null assignment and department for a responsibility nobody has), in the
	 * matrix's order, departments by name.
	 */
	@Query("""
			select r, a, d from Responsibility r left join ResponsibilityAssignment a on a.responsibility = r
			left join a.department d
			order by r.position, r.name, r.id, d.name""")
	List<Object[]> findAllResponsibilitiesWithAssignments();

	@Query("""
			select a.department from ResponsibilityAssignment a
			where a.responsibility.id = :responsibilityId and in_array(:roles, a.role) = true
			order by a.department.name""")
	List<Department> findDepartments(@Param("responsibilityId") Long responsibilityId, @Param("roles") String[] roles);

	@Query("""
			select a.responsibility.id, a.department from ResponsibilityAssignment a
			where in_array(:responsibilityIds, a.responsibility.id) = true and in_array(:roles, a.role) = true
			order by a.department.name""")
	List<Object[]> findDepartmentsOf(@Param("responsibilityIds") Long[] responsibilityIds,
			@Param("roles") String[] roles);

	@Query("""
			select distinct a.department from ResponsibilityAssignment a
			where a.responsibility.incidentKind = :kind and in_array(:roles, a.role) = true""")
	List<Department> findDepartmentsForIncidentKind(@Param("kind") IncidentKind kind, @Param("roles") String[] roles);

	@Query("select a from ResponsibilityAssignment a join fetch a.responsibility join fetch a.department d "
			+ "where in_array(:departmentIds, d.id) = true")
	List<ResponsibilityAssignment> findByDepartmentIdIn(@Param("departmentIds") Long[] departmentIds);

	Optional<ResponsibilityAssignment> findByResponsibilityIdAndDepartmentId(Long responsibilityId, Long departmentId);

	List<ResponsibilityAssignment> findByResponsibilityId(Long responsibilityId);

}
