package org.smrdesk.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SourceRepository extends JpaRepository<Source, Long> {

	@Query(value = "select s from Source s left join fetch s.owner left join fetch s.vendor",
			countQuery = "select count(s) from Source s")
	Page<Source> findAllBy(Pageable pageable);

	@Query("select s from Source s left join fetch s.owner left join fetch s.vendor where s.id = :id")
	Optional<Source> findWithDetailsById(@Param("id") Long id);

	Optional<Source> findByNameIgnoreCase(String name);

	List<Source> findByKindOrderByName(SourceKind kind);

	@Query("select s from Source s where s.consecutiveFailures > 0 or s.enabled = false order by s.failingSince nulls last")
	List<Source> findUnhealthy(Pageable pageable);

}
