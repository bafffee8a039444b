package org.smrdesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

	private final TimelineEntryRepository entries;

	IncidentSearch(IncidentRepository incidents, TimelineEntryRepository entries) {
		this.incidents = incidents;
		this.entries = entries;
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
		Page<Incident> page = Paging.within(pageable,
				(reachable) -> this.incidents.search(filter.q(), filter.statuses(), filter.severity(), filter.kind(),
						user.isStaff(), user.id(), user.departmentId(), reachable));
		Map<Long, Milestones> milestones = milestones(page.getContent());
		return page.map((incident) -> new Listed(incident, milestones.get(incident.getId())));
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
		List<Incident> step = this.incidents.walk(filter.q(), filter.statuses(), filter.severity(), filter.kind(),
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
		List<Incident> open = this.incidents.findOpen(user.isStaff(), user.id(), user.departmentId(),
				PageRequest.of(0, limit));
		Map<Long, Milestones> milestones = milestones(open);
		return open.stream().map((incident) -> new Listed(incident, milestones.get(incident.getId()))).toList();
	}

	/**
	 * How many open crises (severity 1 or 2) the user can see.
	 * @param user who asks
	 * @return the number
	 */
	public long openCrises(CurrentUser user) {
		return this.incidents.countOpen(IncidentStatus.open(), EnumSet.of(Severity.CRISIS, Severity.MAJOR),
				user.isStaff(), user.id(), user.departmentId());
	}

	/**
	 * The milestones of several incidents, from one query on their timelines.
	 * @param list the incidents
	 * @return incident id to milestones
	 */
	public Map<Long, Milestones> milestones(List<Incident> list) {
		Map<Long, List<Milestones.Moment>> moments = new HashMap<>();
		if (!list.isEmpty()) {
			for (TimelineEntryRepository.MomentRow row : this.entries
				.findMoments(list.stream().map(Incident::getId).toList())) {
				List<Milestones.Moment> of = moments.computeIfAbsent(row.getIncidentId(), (key) -> new ArrayList<>());
				// The query returns status changes and entries that speak to the outside
				// only.
				boolean speaksOutside = row.getType() != TimelineEntryType.STATUS_CHANGE;
				of.add(new Milestones.Moment(row.getType(), row.getFromStatus(), row.getToStatus(), row.getFirst(),
						null, speaksOutside));
				of.add(new Milestones.Moment(row.getType(), row.getFromStatus(), row.getToStatus(), row.getLast(), null,
						speaksOutside));
			}
		}
		Map<Long, Milestones> result = new HashMap<>();
		for (Incident incident : list) {
			result.put(incident.getId(), Milestones.of(incident.getDetectedAt(), incident.getStatus(),
					moments.getOrDefault(incident.getId(), List.of())));
		}
		return result;
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
