package org.smrdesk.training;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findByUserId(Long userId);

	@Query("select f from CalendarFeed f left join fetch f.user where f.tokenHash = :tokenHash")
	Optional<CalendarFeed> findByTokenHash(@Param("tokenHash") String tokenHash);

}
