package org.smrdesk.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	@Query("select a from Activity a join fetch a.department join fetch a.service left join fetch a.account "
			+ "join fetch a.owner where a.id = :id")
	Optional<Activity> findWithDetailsById(@Param("id") Long id);

	@Query("select a from Activity a join fetch a.department join fetch a.service s left join fetch a.account "
			+ "join fetch a.owner where s.id = :serviceId order by a.activityDate desc, a.id desc")
	List<Activity> findRecentByService(@Param("serviceId") Long serviceId, Pageable pageable);

	// the home page's lines only, rather than four entities joined per activity: the
	// statement was planned afresh on every view (plan_cache_mode) and its four joins
	// cost 1.4 ms of planning; two joins 0.3 ms (EXPLAIN on the large dataset)
	@Query("""
			select new org.smrdesk.activity.RecentActivity(a.id, a.activityDate, a.title, s.name, o.displayName)
			from Activity a left join a.service s left join a.owner o
			where a.department.id = :departmentId order by a.activityDate desc, a.id desc""")
	List<RecentActivity> findRecentByDepartment(@Param("departmentId") Long departmentId, Pageable pageable);

	@Query("""
			select a.department.id as departmentId, count(a) as activities from Activity a
			where a.activityDate >= :since and a.status <> org.smrdesk.activity.ActivityStatus.CANCELLED
			group by a.department.id""")
	List<DepartmentCount> countByDepartmentSince(@Param("since") LocalDate since);

	@Query("""
			select d.id as departmentId, d.name as departmentName, s.id as serviceId, s.name as serviceName,
			       count(a) as activities, max(a.activityDate) as lastDate
			from Activity a join a.department d join a.service s
			where a.activityDate >= :since and a.status <> org.smrdesk.activity.ActivityStatus.CANCELLED
			group by d.id, d.name, s.id, s.name
			order by d.name, s.name""")
	List<DepartmentServiceActivity> countByDepartmentAndServiceSince(@Param("since") LocalDate since);

	/**
	 * Full-text search over the generated {@code search} column (GIN index). The matches
	 * are found first: otherwise PostgreSQL walks the date index testing every row, 400
	 * ms at 100 k activities for a word that matches nothing.
	 * @param query a {@code to_tsquery('simple', ...)} expression
	 * @param limit the most ids to return
	 * @return matching ids, most recent first
	 */
	@Query(value = """
			with matches as materialized (
			    select id, activity_date from activities where search @@ to_tsquery('simple', :query))
			select id from matches
			order by activity_date desc, id desc
			limit :limit""", nativeQuery = true)
	List<Long> fullTextSearch(@Param("query") String query, @Param("limit") int limit);

	/**
	 * Activities per department.
	 */
	interface DepartmentCount {

		Long getDepartmentId();

		long getActivities();

	}

}
