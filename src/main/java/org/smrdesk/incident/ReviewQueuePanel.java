package org.smrdesk.incident;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.HomePanel;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A manager's review queue: resolved incidents waiting for sign-off, oldest first, with
 * how long each has waited.
 */
@Component
@Order(95)
class ReviewQueuePanel implements HomePanel {

	static final int LIMIT = 10;

	private final IncidentReviewService reviews;

	ReviewQueuePanel(IncidentReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public boolean isVisibleTo(CurrentUser user) {
		return user.isManager();
	}

	@Override
	public String fragment() {
		return "incidents/panels :: reviewQueue";
	}

	@Override
	public Object load(CurrentUser user) {
		return new Data(this.reviews.awaitingSignOff(user, LIMIT));
	}

	/**
	 * What the panel shows.
	 *
	 * @param waiting the incidents waiting, oldest first
	 */
	record Data(List<IncidentReviewService.Awaiting> waiting) {
	}

}
