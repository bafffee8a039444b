package org.smrdesk.contact;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

	@EntityGraph(attributePaths = "user")
	List<Interaction> findByContactIdOrderByOccurredOnDescIdDesc(Long contactId);

	@EntityGraph(attributePaths = "user")
	org.springframework.data.domain.Page<Interaction> findByContactId(Long contactId,
			org.springframework.data.domain.Pageable pageable);

}
