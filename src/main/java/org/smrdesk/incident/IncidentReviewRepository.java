package org.smrdesk.incident;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentReviewRepository extends JpaRepository<IncidentReview, Long> {

	@EntityGraph(attributePaths = { "signedOffBy", "followUps", "followUps.owner", "followUps.policy",
			"followUps.policyVersion", "followUps.training" })
	Optional<IncidentReview> findByIncidentId(Long incidentId);

}
