package org.smrdesk.training;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findByUserId(Long userId);

	Optional<CalendarFeed> findByToken(String token);

	boolean existsByToken(String token);

}
