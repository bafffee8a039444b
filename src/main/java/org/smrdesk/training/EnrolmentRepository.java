package org.smrdesk.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	Optional<Enrolment> findBySessionIdAndUserId(Long sessionId, Long userId);

	@Query("select e from Enrolment e join fetch e.user join fetch e.session where e.id = :id")
	Optional<Enrolment> findWithUserById(@Param("id") Long id);

	long countBySessionIdAndStatus(Long sessionId, EnrolmentStatus status);

	@Query("""
			select e from Enrolment e where e.session.id = :sessionId and e.status = 'WAITLISTED'
			order by e.enrolledAt, e.id""")
	List<Enrolment> findQueue(@Param("sessionId") Long sessionId);

	@Query("""
			select e from Enrolment e join fetch e.user u left join fetch u.department
			where e.session.id = :sessionId and e.status <> 'CANCELLED'
			order by e.status, e.enrolledAt, e.id""")
	List<Enrolment> findActiveBySession(@Param("sessionId") Long sessionId);

	@Query("""
			select e from Enrolment e join fetch e.session s join fetch s.training t left join fetch t.trainer
			left join fetch t.vendor
			where e.user.id = :userId and e.status <> 'CANCELLED'
			and ((:upcoming = true and s.startsAt >= :now) or (:upcoming = false and s.startsAt < :now))
			order by s.startsAt""")
	List<Enrolment> findMine(@Param("userId") Long userId, @Param("upcoming") boolean upcoming,
			@Param("now") Instant now);

	// fetch joins rather than an entity graph: Hibernate keeps the translated query of
	// this home-page query only without an entity graph (it translated it on every view)
	@Query("""
			select e from Enrolment e join fetch e.session s join fetch s.training
			where e.user.id = :userId and e.status = 'ENROLLED'
			and s.startsAt >= :now order by s.startsAt""")
	List<Enrolment> findNextEnrolled(@Param("userId") Long userId, @Param("now") Instant now,
			org.springframework.data.domain.Limit limit);

	@Query("""
			select e.session.id as sessionId, e.status as status, count(e) as total from Enrolment e
			where in_array(:sessionIds, e.session.id) = true and e.status <> 'CANCELLED' group by e.session.id, e.status""")
	List<SessionCount> countBySessions(@Param("sessionIds") Long[] sessionIds);

	@Query("""
			select e from Enrolment e where e.user.id = :userId and in_array(:sessionIds, e.session.id) = true""")
	List<Enrolment> findByUserAndSessions(@Param("userId") Long userId, @Param("sessionIds") Long[] sessionIds);

	/** Distinct active people per department who attended at least one session. */
	@Query("""
			select u.department.id as departmentId, count(distinct u.id) as total from Enrolment e join e.user u
			where e.attendance = 'ATTENDED' and u.active = true group by u.department.id""")
	List<DepartmentCount> countAttendeesByDepartment();

	/** Who attended which training: (training id, user id) pairs. */
	@Query("""
			select distinct e.session.training.id as trainingId, e.user.id as userId from Enrolment e
			where e.attendance = 'ATTENDED' and e.session.training.required = true""")
	List<TrainingAttendee> findRequiredAttendees();

	/**
	 * Which departments have someone (active) who attended a training on which service.
	 */
	@Query("""
			select distinct u.department.id as departmentId, t.service.id as serviceId from Enrolment e
			join e.user u join e.session s join s.training t
			where e.attendance = 'ATTENDED' and u.active = true and t.service is not null""")
	List<DepartmentService> findTrainedDepartmentServices();

	interface DepartmentService {

		Long getDepartmentId();

		Long getServiceId();

	}

	interface SessionCount {

		Long getSessionId();

		EnrolmentStatus getStatus();

		long getTotal();

	}

	interface DepartmentCount {

		Long getDepartmentId();

		long getTotal();

	}

	interface TrainingAttendee {

		Long getTrainingId();

		Long getUserId();

	}

}
