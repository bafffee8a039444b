package org.smrdesk.training;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findByUserId(Long userId);

	@EntityGraph(attributePaths = "user")
	Optional<CalendarFeed> findByTokenHash(String tokenHash);

}
