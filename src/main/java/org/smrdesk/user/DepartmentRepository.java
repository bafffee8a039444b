package org.smrdesk.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	Optional<Department> findByNameIgnoreCase(String name);

	List<Department> findAllBy(Sort sort);

	@Query("select d.id as id, count(u) as users from User u join u.department d where u.active = true group by d.id")
	List<DepartmentUserCount> countActiveUsersByDepartment();

	interface DepartmentUserCount {

		Long getId();

		long getUsers();

	}

}
