package org.smrdesk.incident;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.smrdesk.core.IncidentKind;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	/**
	 * The list's filters: the text (lower case) in the title, summary or service, or in
	 * the words of any timeline entry (full-text; both functions in
	 * {@link TimelineTextFunctions}). With {@code restrict}, only those the user
	 * reported, owns or whose groups include the user's department.
	 */
	String MATCHING = """
			where (:text = '' or incident_text_matches(:text, i.id) = true or lower(s.name) like concat('%', :text, '%')
			       or timeline_matches(:text, i.id) = true)
			and in_array(:statuses, i.status) = true
			and (:severity is null or i.severity = :severity)
			and (:kind is null or i.kind = :kind)
			and (:restrict = false or i.reportedBy.id = :userId or i.owner.id = :userId
			     or exists (select 1 from i.departments d where d.id = :departmentId))""";

	/**
	 * The ids of a page of the incidents matching the list's filters ({@link #MATCHING}):
	 * narrow rows, so that the page's order is an index-only scan (V102) or a sort of
	 * ids, never of every matching incident with its people; read the page's rows with
	 * {@link #findListedByIdIn}.
	 */
	@Query(value = "select i.id from Incident i left join i.service s " + MATCHING,
			countQuery = "select count(i) from Incident i left join i.service s " + MATCHING)
	Page<Long> searchIds(@Param("text") String text, @Param("statuses") String[] statuses,
			@Param("severity") Severity severity, @Param("kind") IncidentKind kind, @Param("restrict") boolean restrict,
			@Param("userId") Long userId, @Param("departmentId") Long departmentId, Pageable pageable);

	/**
	 * The incidents of a list page with their owner, reporter and service, in no order.
	 */
	@Query("select i from Incident i left join fetch i.owner join fetch i.reportedBy left join fetch i.service "
			+ "where in_array(:ids, i.id) = true")
	List<Incident> findListedByIdIn(@Param("ids") Long[] ids);

	/**
	 * A step of a cursor walk: the incidents {@link #MATCHING} the filters created after
	 * one, in id order.
	 */
	@Query("select i from Incident i left join fetch i.service s left join fetch i.owner join fetch i.reportedBy "
			+ MATCHING + " and i.id > :after order by i.id")
	List<Incident> walk(@Param("text") String text, @Param("statuses") String[] statuses,
			@Param("severity") Severity severity, @Param("kind") IncidentKind kind, @Param("restrict") boolean restrict,
			@Param("userId") Long userId, @Param("departmentId") Long departmentId, @Param("after") long after,
			Limit limit);

	/**
	 * The export's rows for the same filters as {@link #search}, as plain values (id,
	 * title, severity, status, kind, service, detected at, reporter's and owner's names),
	 * each incident once per kind of moment of its timeline that makes its milestones
	 * (type, from and to status, first and last time, as {@code findMoments} in
	 * {@link TimelineEntryRepository}), or once with nulls: order by the incident's id
	 * last so that its rows come together. Read through a cursor: call inside a
	 * transaction and close the stream.
	 */
	@QueryHints({ @QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"),
			@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true") })
	@Query("select i.id, i.title, i.severity, i.status, i.kind, coalesce(s.name, i.serviceName), i.detectedAt, "
			+ "r.displayName, o.displayName, e.type, e.change.fromStatus, e.change.toStatus, min(e.occurredAt), "
			+ "max(e.occurredAt) from Incident i left join i.service s join i.reportedBy r left join i.owner o "
			+ "left join TimelineEntry e on e.incident = i and (e.type in "
			+ "(org.smrdesk.incident.TimelineEntryType.STATUS_CHANGE, "
			+ "org.smrdesk.incident.TimelineEntryType.RESPONSE_PUBLISHED) or "
			+ "(e.type = org.smrdesk.incident.TimelineEntryType.ENGAGEMENT and e.publicReply = true)) " + MATCHING
			+ " group by i.id, s.name, r.displayName, o.displayName, e.type, e.change.fromStatus, e.change.toStatus")
	Stream<Object[]> exportRows(@Param("text") String text, @Param("statuses") String[] statuses,
			@Param("severity") Severity severity, @Param("kind") IncidentKind kind, @Param("restrict") boolean restrict,
			@Param("userId") Long userId, @Param("departmentId") Long departmentId, Sort sort);

	// fetch joins rather than an entity graph: Hibernate translates a query with an
	// entity
	// graph again on every execution (SqmInterpretationsKey), one with fetch joins once
	@Query("""
			select i from Incident i left join fetch i.owner left join fetch i.reportedBy left join fetch i.approvedBy
			left join fetch i.service left join fetch i.departments left join fetch i.parties
			where i.id = :id""")
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

	// literals and single parameters for the same reason as findOpen (list parameters:
	// translated on every view): the open statuses of IncidentStatus.open()
	@Query("""
			select count(i) from Incident i
			where i.status in (org.smrdesk.incident.IncidentStatus.REPORTED, org.smrdesk.incident.IncidentStatus.TRIAGE,
			                   org.smrdesk.incident.IncidentStatus.RESPONDING, org.smrdesk.incident.IncidentStatus.MONITORING)
			and i.severity in (:crisis, :major)
			and (:restrict = false or i.reportedBy.id = :userId or i.owner.id = :userId
			     or exists (select 1 from i.departments d where d.id = :departmentId))""")
	long countOpen(@Param("crisis") Severity crisis, @Param("major") Severity major,
			@Param("restrict") boolean restrict, @Param("userId") Long userId,
			@Param("departmentId") Long departmentId);

}
