package org.smrdesk.incident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentReviewRepository extends JpaRepository<IncidentReview, Long> {

	@EntityGraph(attributePaths = { "signedOffBy", "followUps", "followUps.owner", "followUps.policy",
			"followUps.policyVersion", "followUps.training" })
	Optional<IncidentReview> findByIncidentId(Long incidentId);

	/**
	 * Resolved incidents: they wait for a manager's sign-off.
	 */
	@Query("select i from Incident i left join fetch i.owner where i.status = org.smrdesk.incident.IncidentStatus.RESOLVED")
	List<Incident> findResolved();

	/**
	 * Which of these incidents have a review with text.
	 */
	@Query("select r.incident.id from IncidentReview r where r.incident.id in :ids and r.whatHappened is not null")
	List<Long> findWrittenIncidentIds(@Param("ids") Collection<Long> ids);

}
