package org.smrdesk.training;

import java.time.ZoneId;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "My next training" on staff home pages.
 */
@Component
@Order(501)
class NextTrainingPanel implements HomePanel {

	private final EnrolmentService enrolments;

	private final TrainingSettings settings;

	NextTrainingPanel(EnrolmentService enrolments, TrainingSettings settings) {
		this.enrolments = enrolments;
		this.settings = settings;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isStaff();
	}

	@Override
	public String fragment() {
		return "trainings/panels :: next";
	}

	@Override
	public Object load(CurrentUser user) {
		return new Next(this.enrolments.nextOf(user.id()).map(Enrolment::getSession).orElse(null),
				this.settings.zone());
	}

	/**
	 * The next session the person holds a place in.
	 *
	 * @param session the session, or null for none
	 * @param zone the zone to show its time in
	 */
	record Next(TrainingSession session, ZoneId zone) {
	}

}
