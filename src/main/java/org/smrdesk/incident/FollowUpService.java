package org.smrdesk.incident;

import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Times;
import org.smrdesk.user.UserService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups after the review: each owner sees theirs, the lead sees the overdue ones,
 * and the owner or the lead marks one done or drops it (who, when, why). This goes on
 * after the review is signed off.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	private final FollowUpRepository followUps;

	private final UserService users;

	private final Times times;

	FollowUpService(FollowUpRepository followUps, UserService users, Times times) {
		this.followUps = followUps;
		this.users = users;
		this.times = times;
	}

	/**
	 * The user's open follow-ups, soonest due first.
	 * @param user the owner
	 * @param limit how many at most
	 * @return the follow-ups with their incident
	 */
	public List<FollowUp> mine(CurrentUser user, int limit) {
		return this.followUps.findOpenByOwner(user.id(), PageRequest.of(0, limit));
	}

	/**
	 * Open follow-ups past their due date (today in the user's zone).
	 * @param limit how many at most
	 * @return the follow-ups, most overdue first
	 */
	public List<FollowUp> overdue(int limit) {
		return this.followUps.findOverdue(this.times.today(), PageRequest.of(0, limit));
	}

	/**
	 * The home page's follow-ups: the user's open ones, soonest due first (everybody's
	 * overdue ones are the dashboard's alerts, for the lead and managers; reading them
	 * here too made the lead's statement join and sort every overdue follow-up).
	 * @param user who asks
	 * @param limit how many at most
	 * @return the user's open follow-ups
	 */
	public Home home(CurrentUser user, int limit) {
		return new Home(this.followUps.findForHome(user.id(), PageRequest.of(0, limit)), this.times.today());
	}

	/**
	 * The follow-ups of a home page.
	 *
	 * @param mine the user's open follow-ups
	 * @param today today in the user's zone
	 */
	public record Home(List<FollowUp> mine, java.time.LocalDate today) {
	}

	/**
	 * One follow-up, for its owner, the lead or a manager (who read the reviews).
	 * @param id the follow-up
	 * @param user who reads it
	 * @return the follow-up with its review and owner
	 */
	public FollowUp get(Long id, CurrentUser user) {
		FollowUp followUp = this.followUps.findWithReviewById(id)
			.orElseThrow(() -> new NotFoundException("FollowUp", id));
		if (user.isStaff() && !user.id().equals(followUp.getOwner().getId())) {
			throw new AccessDeniedException("Only its owner, a manager or the lead");
		}
		return followUp;
	}

	/**
	 * A page of open follow-ups: the user's own, or (the lead) everybody's overdue ones.
	 * @param user who asks
	 * @param overdue everybody's overdue ones instead of the user's
	 * @param pageable the page and order
	 * @return the follow-ups with their review and owner
	 */
	public Page<FollowUp> open(CurrentUser user, boolean overdue, Pageable pageable) {
		if (overdue && !user.isLead()) {
			throw new AccessDeniedException("Only the lead sees everybody's overdue follow-ups");
		}
		return Paging.within(pageable, (page) -> overdue ? this.followUps.pageOverdue(this.times.today(), page)
				: this.followUps.pageOpenByOwner(user.id(), page));
	}

	/**
	 * Marks a follow-up done or dropped.
	 * @param id the follow-up
	 * @param target done or dropped
	 * @param note why (required to drop)
	 * @param version the version seen
	 * @param user its owner or the lead
	 * @return the follow-up
	 */
	@Transactional
	public FollowUp close(Long id, FollowUpState target, String note, Long version, CurrentUser user) {
		FollowUp followUp = this.followUps.findWithReviewById(id)
			.orElseThrow(() -> new NotFoundException("FollowUp", id));
		if (!user.isLead() && !user.id().equals(followUp.getOwner().getId())) {
			throw new AccessDeniedException("Only its owner or the lead");
		}
		followUp.checkVersion(version);
		followUp.close(target, this.users.getReference(user.id()), this.times.instant(), note);
		return this.followUps.saveAndFlush(followUp);
	}

	/**
	 * Today in the user's zone, for "overdue" marks.
	 * @return the date
	 */
	public java.time.LocalDate today() {
		return this.times.today();
	}

}
