package org.smrdesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The home page's incidents: for the lead and managers the open incidents by severity
 * with their age; for staff the open incidents they are involved in. Two statements (the
 * incidents with their owners, the number of crises): an open incident's age needs no
 * timeline.
 */
@Component
@Order(100)
class IncidentPanel implements HomePanel {

	static final int LIMIT = 8;

	private final IncidentSearch incidents;

	private final Clock clock;

	IncidentPanel(IncidentSearch incidents, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return true;
	}

	@Override
	public String fragment() {
		return "incidents/panels :: incidents";
	}

	@Override
	public Object load(CurrentUser user) {
		return new Data(user.isStaff(), this.incidents.openIncidents(user, LIMIT), this.incidents.openCrises(user),
				this.clock.instant());
	}

	/**
	 * What the panel shows.
	 *
	 * @param mine whether these are the user's own incidents (staff)
	 * @param incidents the first open incidents, crises first
	 * @param crises how many open crises there are in all
	 * @param now the present, for ages
	 */
	record Data(boolean mine, List<Incident> incidents, long crises, Instant now) {

		/**
		 * How long an open incident has been open (no timeline read: it is not resolved).
		 * @param incident one of the incidents
		 * @return its age
		 */
		public Milestones.Elapsed age(Incident incident) {
			return Milestones.Elapsed.of(Duration.between(incident.getDetectedAt(), this.now));
		}

	}

}
