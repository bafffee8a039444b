package org.smrdesk.incident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.IncidentKind;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	/**
	 * Incidents matching the list's filters: the text in the title, summary or service,
	 * or in the words of any timeline entry (full-text, see
	 * {@link TimelineTextFunctions}). With {@code restrict}, only those the user
	 * reported, owns or whose groups include the user's department.
	 */
	String MATCHING = """
			select i from Incident i left join i.service s
			where (:text = '' or lower(i.title) like concat('%', :text, '%') or lower(i.serviceName) like concat('%', :text, '%')
			       or lower(s.name) like concat('%', :text, '%') or lower(i.summary) like concat('%', :text, '%')
			       or timeline_matches(i.id, :text) = true)
			and i.status in :statuses
			and (:severity is null or i.severity = :severity)
			and (:kind is null or i.kind = :kind)
			and (:restrict = false or i.reportedBy.id = :userId or i.owner.id = :userId
			     or exists (select 1 from i.departments d where d.id = :departmentId))""";

	/** A page of the incidents {@link #MATCHING} the filters. */
	@EntityGraph(attributePaths = { "owner", "reportedBy", "service" })
	@Query(MATCHING)
	Page<Incident> search(@Param("text") String text, @Param("statuses") Collection<IncidentStatus> statuses,
			@Param("severity") Severity severity, @Param("kind") IncidentKind kind, @Param("restrict") boolean restrict,
			@Param("userId") Long userId, @Param("departmentId") Long departmentId, Pageable pageable);

	/**
	 * A step of a cursor walk: the incidents {@link #MATCHING} the filters created after
	 * one, in id order.
	 */
	@EntityGraph(attributePaths = { "owner", "reportedBy", "service" })
	@Query(MATCHING + " and i.id > :after order by i.id")
	List<Incident> walk(@Param("text") String text, @Param("statuses") Collection<IncidentStatus> statuses,
			@Param("severity") Severity severity, @Param("kind") IncidentKind kind, @Param("restrict") boolean restrict,
			@Param("userId") Long userId, @Param("departmentId") Long departmentId, @Param("after") long after,
			Limit limit);

	@EntityGraph(attributePaths = { "owner", "reportedBy", "approvedBy", "service", "departments", "parties" })
	@Query("select i from Incident i where i.id = :id")
	Optional<Incident> findWithDetailsById(@Param("id") Long id);

	// the open statuses as literals and a fetch join rather than an entity graph:
	// Hibernate keeps the translated query only without list parameters and entity graphs
	// (this home-page query was translated on every view); the same statuses as
	// IncidentStatus.open()
	@Query("""
			select i from Incident i left join fetch i.owner
			where i.status in (org.smrdesk.incident.IncidentStatus.REPORTED, org.smrdesk.incident.IncidentStatus.TRIAGE,
			                   org.smrdesk.incident.IncidentStatus.RESPONDING, org.smrdesk.incident.IncidentStatus.MONITORING)
			and (:restrict = false or i.reportedBy.id = :userId or i.owner.id = :userId
			     or exists (select 1 from i.departments d where d.id = :departmentId))
			order by i.severity, i.detectedAt""")
	List<Incident> findOpen(@Param("restrict") boolean restrict, @Param("userId") Long userId,
			@Param("departmentId") Long departmentId, Pageable limit);

	@Query("""
			select count(i) from Incident i
			where i.status in :statuses and i.severity in :severities
			and (:restrict = false or i.reportedBy.id = :userId or i.owner.id = :userId
			     or exists (select 1 from i.departments d where d.id = :departmentId))""")
	long countOpen(@Param("statuses") Collection<IncidentStatus> statuses,
			@Param("severities") Collection<Severity> severities, @Param("restrict") boolean restrict,
			@Param("userId") Long userId, @Param("departmentId") Long departmentId);

}
