package org.smrdesk.incident;

import java.util.ArrayList;
import java.util.List;

import org.smrdesk.core.AlertSource;
import org.smrdesk.core.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dashboard's incident alerts: follow-ups past their due date (for the lead, who
 * chases them) and resolved incidents waiting for a manager's sign-off (for the lead and
 * managers), the longest waiting first, a few of each.
 */
@Component
@Order(20)
class IncidentAlertSource implements AlertSource {

	static final int LIMIT = 5;

	private final FollowUpService followUps;

	private final IncidentReviewService reviews;

	IncidentAlertSource(FollowUpService followUps, IncidentReviewService reviews) {
		this.followUps = followUps;
		this.reviews = reviews;
	}

	@Override
	public List<Alert> alerts(CurrentUser user) {
		List<Alert> alerts = new ArrayList<>();
		if (user.isLead()) {
			for (FollowUp f : this.followUps.overdue(LIMIT)) {
				alerts.add(new Alert("follow-up",
						List.of(f.getDescription(), f.getOwner().getDisplayName(), f.getDueOn().toString()),
						"/incidents/" + f.getReview().getIncident().getId()));
			}
		}
		for (Incident incident : this.reviews.waitingForSignOff(LIMIT)) {
			alerts.add(new Alert("review", List.of(incident.getTitle()), "/incidents/" + incident.getId() + "/review"));
		}
		return alerts;
	}

}
