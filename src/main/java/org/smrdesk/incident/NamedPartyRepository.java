package org.smrdesk.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NamedPartyRepository extends JpaRepository<NamedParty, Long> {

	// fetch joins, not an entity graph: translated once (see
	// IncidentRepository.findWithDetailsById)
	@Query("""
			select p from NamedParty p left join fetch p.contact left join fetch p.vendor
			where p.incident.id = :incidentId order by p.kind, lower(p.name)""")
	List<NamedParty> findByIncident(@Param("incidentId") Long incidentId);

	@Query("select p from NamedParty p where p.id = :id and p.incident.id = :incidentId")
	Optional<NamedParty> findOne(@Param("incidentId") Long incidentId, @Param("id") Long id);

	@Query("""
			select count(p) > 0 from NamedParty p
			where p.incident.id = :incidentId and p.kind = :kind and lower(p.name) = lower(:name)""")
	boolean exists(@Param("incidentId") Long incidentId, @Param("kind") OutsideParty kind, @Param("name") String name);

}
