package org.smrdesk.responsibility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResponsibilityRepository extends JpaRepository<Responsibility, Long> {

	@Query("select r from Responsibility r order by r.position, r.name")
	List<Responsibility> findAllOrdered();

	Optional<Responsibility> findByNameIgnoreCase(String name);

	@Query("select coalesce(max(r.position), 0) from Responsibility r")
	int maxPosition();

}
