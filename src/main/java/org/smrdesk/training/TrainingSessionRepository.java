package org.smrdesk.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

	/** The search conditions, shared by the page and its count. */
	String MATCHING = """
			where ((:upcoming = true and s.startsAt >= :now) or (:upcoming = false and s.startsAt < :now))
			and (:trainingId is null or t.id = :trainingId)
			and (:departmentId is null or exists (select 1 from Training t2 join t2.audiences d where t2 = t and d.id = :departmentId))
			and (:format is null or t.format = :format)""";

	/**
	 * A session with its training, trainer, vendor and audiences: fetch joins, not an
	 * entity graph, so Hibernate keeps the query's translation (it translates a query
	 * with an entity graph again on every call).
	 */
	@Query("select s from TrainingSession s join fetch s.training t left join fetch t.trainer "
			+ "left join fetch t.vendor left join fetch t.audiences where s.id = :id")
	Optional<TrainingSession> findWithTrainingById(@Param("id") Long id);

	/**
	 * The session, locked until the transaction ends: enrolments and cancellations of one
	 * session take turns, so its capacity holds under concurrency.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from TrainingSession s where s.id = :id")
	Optional<TrainingSession> lockById(@Param("id") Long id);

	@Query(value = "select s from TrainingSession s join fetch s.training t left join fetch t.trainer "
			+ "left join fetch t.vendor " + MATCHING,
			countQuery = "select count(s) from TrainingSession s join s.training t " + MATCHING)
	Page<TrainingSession> search(@Param("upcoming") boolean upcoming, @Param("now") Instant now,
			@Param("trainingId") Long trainingId, @Param("departmentId") Long departmentId,
			@Param("format") TrainingFormat format, Pageable pageable);

	@Query("select s from TrainingSession s where s.training.id = :trainingId order by s.startsAt desc")
	List<TrainingSession> findByTraining(@Param("trainingId") Long trainingId);

}
