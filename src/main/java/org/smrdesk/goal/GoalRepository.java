package org.smrdesk.goal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoalRepository extends JpaRepository<Goal, Long> {

	@Query("select g from Goal g where g.periodYear = ?1 order by g.periodKind, g.periodNumber, g.metric, g.id")
	List<Goal> findByYear(int year);

}
