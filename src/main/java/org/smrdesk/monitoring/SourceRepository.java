package org.smrdesk.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	@EntityGraph(attributePaths = { "owner", "vendor" })
	Page<Source> findAllBy(Pageable pageable);

	@EntityGraph(attributePaths = { "owner", "vendor" })
	Optional<Source> findWithDetailsById(Long id);

	Optional<Source> findByNameIgnoreCase(String name);

	List<Source> findByKindOrderByName(SourceKind kind);

	@Query("select s from Source s where s.consecutiveFailures > 0 or s.enabled = false order by s.failingSince nulls last")
	List<Source> findUnhealthy(Pageable pageable);

}
