package org.smrdesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Times;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents in lists: the filtered list, the open ones for home panels, the count of open
 * crises, each with its milestones read for the whole list in one query.
 */
@Service
@Transactional(readOnly = true)
public class IncidentSearch {

	private final IncidentRepository incidents;

	/** The columns of {@link #export}. */
	public static final List<String> EXPORT_COLUMNS = List.of("id", "title", "severity", "status", "kind", "service",
			"detected_at", "reported_by", "owner", "minutes_to_triage", "minutes_to_first_response",
			"minutes_to_resolution");

	private final TimelineEntryRepository entries;

	private final Times times;

	IncidentSearch(IncidentRepository incidents, TimelineEntryRepository entries, Times times) {
		this.incidents = incidents;
		this.entries = entries;
		this.times = times;
	}

	/**
	 * A page of incidents with their milestones; staff see only the incidents they
	 * reported, own, or whose groups include their department.
	 * @param filter the filters
	 * @param user who asks
	 * @param pageable the page and sort
	 * @return the page
	 */
	public Page<Listed> search(IncidentFilter filter, CurrentUser user, Pageable pageable) {
		Page<Long> ids = Paging.within(pageable,
				(reachable) -> this.incidents.searchIds(filter.q(), filter.statusNames(), filter.severity(),
						filter.kind(), user.isStaff(), user.id(), user.departmentId(), stable(reachable)));
		Map<Long, Incident> rows = new HashMap<>();
		if (ids.hasContent()) {
			this.incidents.findListedByIdIn(ids.getContent().toArray(Long[]::new))
				.forEach((incident) -> rows.put(incident.getId(), incident));
		}
		Map<Long, Milestones> milestones = milestones(List.copyOf(rows.values()));
		return ids.map((id) -> new Listed(rows.get(id), milestones.get(id)));
	}

	/**
	 * The page in its order then by id, so that incidents of the same severity and
	 * detection time neither repeat nor go missing between pages.
	 */
	private static Pageable stable(Pageable pageable) {
		if (pageable.isUnpaged() || pageable.getSort().getOrderFor("id") != null) {
			return pageable;
		}
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort().and(Sort.by("id")));
	}

	/**
	 * A step of a cursor walk through the incidents {@link #search} finds, in the order
	 * they were created ({@link org.smrdesk.core.ApiCursor}).
	 * @param filter the filters
	 * @param user who asks
	 * @param afterId the last id already answered (0 to start)
	 * @param limit how many at most
	 * @return the incidents with their milestones, in id order
	 */
	public List<Listed> walk(IncidentFilter filter, CurrentUser user, long afterId, int limit) {
		List<Incident> step = this.incidents.walk(filter.q(), filter.statusNames(), filter.severity(), filter.kind(),
				user.isStaff(), user.id(), user.departmentId(), afterId,
				org.springframework.data.domain.Limit.of(limit));
		Map<Long, Milestones> milestones = milestones(step);
		return step.stream().map((incident) -> new Listed(incident, milestones.get(incident.getId()))).toList();
	}

	/**
	 * The open incidents, crises first then oldest first; for staff only theirs.
	 * @param user who asks
	 * @param limit how many at most
	 * @return the incidents with their milestones
	 */
	public List<Listed> open(CurrentUser user, int limit) {
		List<Incident> open = openIncidents(user, limit);
		Map<Long, Milestones> milestones = milestones(open);
		return open.stream().map((incident) -> new Listed(incident, milestones.get(incident.getId()))).toList();
	}

	/**
	 * The open incidents, crises first then oldest first; for staff only theirs; without
	 * their milestones (an open incident has no resolution: its age runs from its
	 * detection to now).
	 * @param user who asks
	 * @param limit how many at most
	 * @return the incidents with their owners
	 */
	public List<Incident> openIncidents(CurrentUser user, int limit) {
		return this.incidents.findOpen(user.isStaff(), user.id(), user.departmentId(), PageRequest.of(0, limit));
	}

	/**
	 * How many open crises (severity 1 or 2) the user can see.
	 * @param user who asks
	 * @return the number
	 */
	public long openCrises(CurrentUser user) {
		return this.incidents.countOpen(Severity.CRISIS, Severity.MAJOR, user.isStaff(), user.id(),
				user.departmentId());
	}

	/**
	 * The milestones of several incidents, from one query on their timelines.
	 * @param list the incidents
	 * @return incident id to milestones
	 */
	public Map<Long, Milestones> milestones(List<Incident> list) {
		Map<Long, List<Milestones.Moment>> moments = moments(list.stream().map(Incident::getId).toList());
		Map<Long, Milestones> result = new HashMap<>();
		for (Incident incident : list) {
			result.put(incident.getId(), Milestones.of(incident.getDetectedAt(), incident.getStatus(),
					moments.getOrDefault(incident.getId(), List.of())));
		}
		return result;
	}

	private Map<Long, List<Milestones.Moment>> moments(List<Long> incidentIds) {
		Map<Long, List<Milestones.Moment>> moments = new HashMap<>();
		if (!incidentIds.isEmpty()) {
			for (TimelineEntryRepository.MomentRow row : this.entries.findMoments(incidentIds.toArray(Long[]::new))) {
				addMoments(moments.computeIfAbsent(row.getIncidentId(), (key) -> new ArrayList<>()), row.getType(),
						row.getFromStatus(), row.getToStatus(), row.getFirst(), row.getLast());
			}
		}
		return moments;
	}

	/**
	 * Adds the first and last time of a kind of moment (from a query that returns status
	 * changes and entries that speak to the outside only).
	 */
	private static void addMoments(List<Milestones.Moment> to, TimelineEntryType type, IncidentStatus from,
			IncidentStatus toStatus, Instant first, Instant last) {
		boolean speaksOutside = type != TimelineEntryType.STATUS_CHANGE;
		to.add(new Milestones.Moment(type, from, toStatus, first, null, speaksOutside));
		to.add(new Milestones.Moment(type, from, toStatus, last, null, speaksOutside));
	}

	/**
	 * Prints every incident matching the filters that the user may see, however many, as
	 * CSV rows ({@link #EXPORT_COLUMNS}) with their milestones in minutes: one query read
	 * through a cursor, each incident's rows together (the sort must end with the id), so
	 * memory does not grow with the rows and the statements not with the incidents.
	 * @param filter the filters
	 * @param user who asks
	 * @param sort the order, ending with the id
	 * @param out where each row goes
	 */
	public void export(IncidentFilter filter, CurrentUser user, Sort sort, CsvExport.Rows out) {
		try (Stream<Object[]> rows = this.incidents.exportRows(filter.q(), filter.statusNames(), filter.severity(),
				filter.kind(), user.isStaff(), user.id(), user.departmentId(), sort)) {
			Object[] incident = null;
			List<Milestones.Moment> moments = new ArrayList<>();
			for (Iterator<Object[]> it = rows.iterator(); it.hasNext();) {
				Object[] row = it.next();
				if (incident != null && !incident[0].equals(row[0])) {
					print(incident, moments, out);
					moments.clear();
				}
				incident = row;
				if (row[9] != null) {
					addMoments(moments, (TimelineEntryType) row[9], (IncidentStatus) row[10], (IncidentStatus) row[11],
							(Instant) row[12], (Instant) row[13]);
				}
			}
			if (incident != null) {
				print(incident, moments, out);
			}
		}
	}

	private void print(Object[] row, List<Milestones.Moment> moments, CsvExport.Rows out) {
		Severity severity = (Severity) row[2];
		IncidentStatus status = (IncidentStatus) row[3];
		Instant detectedAt = (Instant) row[6];
		Milestones m = Milestones.of(detectedAt, status, moments);
		out.print(Arrays.asList(row[0], row[1], severity.getLevel(), status, row[4], row[5], this.times.iso(detectedAt),
				row[7], row[8], minutes(m.toTriage()), minutes(m.toFirstResponse()), minutes(m.toResolution())));
	}

	private static Long minutes(Milestones.Elapsed elapsed) {
		return (elapsed != null) ? elapsed.duration().toMinutes() : null;
	}

	/**
	 * An incident in a list, with its milestones.
	 *
	 * @param incident the incident
	 * @param milestones its milestones
	 */
	public record Listed(Incident incident, Milestones milestones) {

		/**
		 * How long the incident has been open (or took, once resolved).
		 * @param now the present
		 * @return the age
		 */
		public Milestones.Elapsed age(Instant now) {
			Instant end = (this.milestones.resolvedAt() != null) ? this.milestones.resolvedAt() : now;
			return Milestones.Elapsed.of(Duration.between(this.incident.getDetectedAt(), end));
		}

	}

}
