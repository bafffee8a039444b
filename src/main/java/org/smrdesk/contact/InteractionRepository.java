package org.smrdesk.contact;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

	@EntityGraph(attributePaths = "user")
	List<Interaction> findByContactIdOrderByOccurredOnDescIdDesc(Long contactId);

	@Query(value = "select i from Interaction i left join fetch i.user where i.contact.id = :contactId",
			countQuery = "select count(i) from Interaction i where i.contact.id = :contactId")
	org.springframework.data.domain.Page<Interaction> findByContactId(@Param("contactId") Long contactId,
			org.springframework.data.domain.Pageable pageable);

}
