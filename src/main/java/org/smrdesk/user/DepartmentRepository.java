package org.smrdesk.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	Optional<Department> findByNameIgnoreCase(String name);

	List<Department> findAllBy(Sort sort);

	/**
	 * Every department by name with its number of active users, in one statement.
	 * @return department and count pairs
	 */
	@Query("select d, (select count(u) from User u where u.department = d and u.active = true) from Department d"
			+ " order by d.name")
	List<Object[]> findAllWithActiveUserCounts();

	@Query("select d.id as id, count(u) as users from User u join u.department d where u.active = true group by d.id")
	List<DepartmentUserCount> countActiveUsersByDepartment();

	interface DepartmentUserCount {

		Long getId();

		long getUsers();

	}

}
