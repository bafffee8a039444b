package org.smrdesk.incident;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TimelineEntryRepository extends JpaRepository<TimelineEntry, Long> {

	/** An incident's entries with the people, department and parties they name. */
	String ENTRIES_OF_INCIDENT = """
			select e from TimelineEntry e
			left join fetch e.actor
			left join fetch e.department d
			left join fetch e.corrects
			left join fetch e.namedParty
			left join fetch e.actedByParty
			left join fetch e.actedByUser
			where e.incident.id = :incidentId
			""";

	/**
	 * An incident's whole timeline in the order things happened; entries at the same
	 * moment in the order they were recorded. The view without filters: a statement
	 * PostgreSQL plans once per connection (see {@code core.StatementPlanning}).
	 */
	@Query(ENTRIES_OF_INCIDENT + """
			order by e.occurredAt, e.id""")
	List<TimelineEntry> findWholeTimeline(@Param("incidentId") Long incidentId);

	/**
	 * An incident's timeline in the order things happened, filtered; entries at the same
	 * moment in the order they were recorded.
	 */
	@Query(ENTRIES_OF_INCIDENT
			+ """
					and (:type is null or e.type = :type)
					and (:external is null or e.external = :external)
					and (:departmentId is null or d.id = :departmentId)
					and (:party is null or e.party = :party)
					and (:namedPartyId is null or e.namedParty.id = :namedPartyId)
					and (:text = '' or lower(e.body) like concat('%', :text, '%') or lower(e.actorName) like concat('%', :text, '%')
					     or lower(coalesce(e.channel, '')) like concat('%', :text, '%'))
					order by e.occurredAt, e.id""")
	List<TimelineEntry> findTimeline(@Param("incidentId") Long incidentId, @Param("type") TimelineEntryType type,
			@Param("external") Boolean external, @Param("departmentId") Long departmentId,
			@Param("party") OutsideParty party, @Param("namedPartyId") Long namedPartyId, @Param("text") String text);

	/**
	 * The moments that make the milestones of several incidents, in one query.
	 */
	@Query("""
			select e.incident.id as incidentId, e.type as type, e.change.fromStatus as fromStatus, e.change.toStatus as toStatus,
			       min(e.occurredAt) as first, max(e.occurredAt) as last
			from TimelineEntry e
			where in_array(:incidentIds, e.incident.id) = true
			and (e.type in (org.smrdesk.incident.TimelineEntryType.STATUS_CHANGE,
			                org.smrdesk.incident.TimelineEntryType.RESPONSE_PUBLISHED)
			     or (e.type = org.smrdesk.incident.TimelineEntryType.ENGAGEMENT and e.publicReply = true))
			group by e.incident.id, e.type, e.change.fromStatus, e.change.toStatus""")
	List<MomentRow> findMoments(@Param("incidentIds") Long[] incidentIds);

	/**
	 * The entries of one incident that make its milestones (status changes and what spoke
	 * to the outside), as plain values: for a page that shows the milestones without the
	 * timeline.
	 */
	@Query("""
			select e.id as entryId, e.type as type, e.change.fromStatus as fromStatus, e.change.toStatus as toStatus,
			       e.occurredAt as occurredAt, e.publicReply as publicReply
			from TimelineEntry e
			where e.incident.id = :incidentId
			and (e.type in (org.smrdesk.incident.TimelineEntryType.STATUS_CHANGE,
			                org.smrdesk.incident.TimelineEntryType.RESPONSE_PUBLISHED)
			     or (e.type = org.smrdesk.incident.TimelineEntryType.ENGAGEMENT and e.publicReply = true))""")
	List<EntryMoment> findMomentsOf(@Param("incidentId") Long incidentId);

	/**
	 * When the incident's latest status change happened.
	 */
	@Query("select max(e.occurredAt) from TimelineEntry e where e.incident.id = :incidentId "
			+ "and e.type = org.smrdesk.incident.TimelineEntryType.STATUS_CHANGE")
	Instant lastStatusChangeAt(@Param("incidentId") Long incidentId);

	/**
	 * A status change or response of an incident ({@link #findMomentsOf}).
	 */
	interface EntryMoment {

		Long getEntryId();

		TimelineEntryType getType();

		IncidentStatus getFromStatus();

		IncidentStatus getToStatus();

		Instant getOccurredAt();

		boolean isPublicReply();

		default Milestones.Moment toMoment() {
			return new Milestones.Moment(getType(), getFromStatus(), getToStatus(), getOccurredAt(), getEntryId(),
					getType().speaksOutside(isPublicReply()));
		}

	}

	/**
	 * Status changes and responses of an incident, grouped like {@link #findMoments}.
	 */
	interface MomentRow {

		Long getIncidentId();

		TimelineEntryType getType();

		IncidentStatus getFromStatus();

		IncidentStatus getToStatus();

		Instant getFirst();

		Instant getLast();

	}

}
