package org.smrdesk.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentReviewRepository extends JpaRepository<IncidentReview, Long> {

	// fetch joins, not an entity graph: translated once (see
	// IncidentRepository.findWithDetailsById)
	@Query("""
			select r from IncidentReview r left join fetch r.signedOffBy left join fetch r.followUps f
			left join fetch f.owner left join fetch f.policy left join fetch f.policyVersion left join fetch f.training
			where r.incident.id = :incidentId""")
	Optional<IncidentReview> findByIncidentId(@Param("incidentId") Long incidentId);

	/**
	 * Loads a review's comments with their authors into the review already read (a second
	 * list, so a query of its own rather than a second fetch join beside the follow-ups):
	 * one statement however many comment.
	 */
	@Query("""
			select r from IncidentReview r left join fetch r.comments c left join fetch c.author
			where r.id = :reviewId""")
	Optional<IncidentReview> fetchComments(@Param("reviewId") Long reviewId);

	/**
	 * Resolved incidents, which wait for a manager's sign-off, the longest waiting first:
	 * by their resolution (the latest change to resolved that was not the triage, as
	 * {@link Milestones} reads it), else their detection. Bounded: the queue shows the
	 * first few, however many wait.
	 */
	@Query("""
			select i from Incident i left join fetch i.owner
			where i.status = org.smrdesk.incident.IncidentStatus.RESOLVED
			order by coalesce((select max(e.occurredAt) from TimelineEntry e
			                   where e.incident = i and e.type = org.smrdesk.incident.TimelineEntryType.STATUS_CHANGE
			                     and e.change.toStatus = org.smrdesk.incident.IncidentStatus.RESOLVED
			                     and (e.change.fromStatus is null
			                          or e.change.fromStatus <> org.smrdesk.incident.IncidentStatus.REPORTED)),
			                  i.detectedAt), i.id
			limit :limit""")
	List<Incident> findLongestResolved(@Param("limit") int limit);

	/**
	 * Which of these incidents have a review with text.
	 */
	@Query("select r.incident.id from IncidentReview r where in_array(:ids, r.incident.id) = true and r.whatHappened is not null")
	List<Long> findWrittenIncidentIds(@Param("ids") Long[] ids);

}
