package org.smrdesk.contact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

	@Query("select i from Interaction i left join fetch i.user where i.contact.id = :contactId "
			+ "order by i.occurredOn desc, i.id desc")
	List<Interaction> findByContactIdOrderByOccurredOnDescIdDesc(@Param("contactId") Long contactId);

	@Query(value = "select i from Interaction i left join fetch i.user where i.contact.id = :contactId",
			countQuery = "select count(i) from Interaction i where i.contact.id = :contactId")
	org.springframework.data.domain.Page<Interaction> findByContactId(@Param("contactId") Long contactId,
			org.springframework.data.domain.Pageable pageable);

}
