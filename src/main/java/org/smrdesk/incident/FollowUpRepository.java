package org.smrdesk.incident;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	/**
	 * A user's open follow-ups, soonest due first.
	 */
	@Query("""
			select f from FollowUp f left join fetch f.review r left join fetch r.incident left join fetch f.owner
			where f.owner.id = :ownerId and f.state = org.smrdesk.incident.FollowUpState.OPEN
			order by f.dueOn, f.id""")
	List<FollowUp> findOpenByOwner(@Param("ownerId") Long ownerId, Pageable limit);

	/**
	 * Open follow-ups past their due date, most overdue first.
	 */
	@Query("""
			select f from FollowUp f left join fetch f.review r left join fetch r.incident left join fetch f.owner
			where f.state = org.smrdesk.incident.FollowUpState.OPEN and f.dueOn < :today
			order by f.dueOn, f.id""")
	List<FollowUp> findOverdue(@Param("today") LocalDate today, Pageable limit);

	/**
	 * For the home page: the user's open follow-ups, soonest due first (everybody's
	 * overdue ones are the dashboard's alerts, {@code IncidentAlertSource}).
	 */
	// fetch joins rather than an entity graph: Hibernate keeps the translated query of
	// this home-page query only without an entity graph (it translated it on every view)
	@Query("""
			select f from FollowUp f left join fetch f.review r left join fetch r.incident left join fetch f.owner
			where f.owner.id = :ownerId and f.state = org.smrdesk.incident.FollowUpState.OPEN
			order by f.dueOn, f.id""")
	List<FollowUp> findForHome(@Param("ownerId") Long ownerId, Pageable limit);

	/**
	 * A page of a user's open follow-ups (the order from the page).
	 */
	@Query(value = "select f from FollowUp f left join fetch f.review r left join fetch r.incident left join fetch f.owner where f.owner.id = :ownerId and f.state = org.smrdesk.incident.FollowUpState.OPEN",
			countQuery = "select count(f) from FollowUp f where f.owner.id = :ownerId and f.state = org.smrdesk.incident.FollowUpState.OPEN")
	Page<FollowUp> pageOpenByOwner(@Param("ownerId") Long ownerId, Pageable pageable);

	/**
	 * A page of open follow-ups past their due date (the order from the page).
	 */
	@Query(value = "select f from FollowUp f left join fetch f.review r left join fetch r.incident left join fetch f.owner where f.state = org.smrdesk.incident.FollowUpState.OPEN and f.dueOn < :today",
			countQuery = "select count(f) from FollowUp f where f.state = org.smrdesk.incident.FollowUpState.OPEN and f.dueOn < :today")
	Page<FollowUp> pageOverdue(@Param("today") LocalDate today, Pageable pageable);

	@Query("select f from FollowUp f left join fetch f.review r left join fetch r.incident left join fetch f.owner where f.id = :id")
	java.util.Optional<FollowUp> findWithReviewById(@Param("id") Long id);

}
