package org.smrdesk.training;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment in sessions, with a first-come-first-served waiting list. Every change to a
 * session's places locks the session row first, so capacity holds when many people enrol
 * at once. The roster and attendance are {@link SessionRoster}'s.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

	private final EnrolmentRepository enrolments;

	private final TrainingSessionRepository sessions;

	private final SessionRoster rosters;

	private final UserService users;

	private final Clock clock;

	EnrolmentService(EnrolmentRepository enrolments, TrainingSessionRepository sessions, SessionRoster rosters,
			UserService users, Clock clock) {
		this.enrolments = enrolments;
		this.sessions = sessions;
		this.rosters = rosters;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Takes a place in a session, or a place on its waiting list when it is full.
	 * @param sessionId the session
	 * @param user who enrols
	 * @return ENROLLED or WAITLISTED
	 * @throws RuleException when the session has started or the person is enrolled
	 * already
	 */
	@Transactional
	public EnrolmentStatus enrol(Long sessionId, CurrentUser user) {
		return enrolUser(sessionId, user.id());
	}

	/**
	 * The lead enrols someone else, under the same rules as enrolling oneself (a place or
	 * the waiting list; refused once the session has begun or when they are enrolled
	 * already). Only active users may be enrolled.
	 * @param sessionId the session
	 * @param userId who is enrolled
	 * @param actor the lead
	 * @return their enrolment
	 */
	@Transactional
	public Enrolment enrolSomeone(Long sessionId, Long userId, CurrentUser actor) {
		requireLead(actor);
		User user = FieldException.whenMissing("userId", "training.enrol.userUnknown", () -> this.users.get(userId));
		if (!user.isActive()) {
			throw new FieldException("userId", "training.enrol.userInactive");
		}
		enrolUser(sessionId, userId);
		return this.enrolments.findBySessionIdAndUserId(sessionId, userId).orElseThrow();
	}

	private EnrolmentStatus enrolUser(Long sessionId, Long userId) {
		TrainingSession session = lock(sessionId);
		Instant now = this.clock.instant();
		if (session.hasStarted(now)) {
			throw new RuleException("training.enrol.started");
		}
		Optional<Enrolment> existing = this.enrolments.findBySessionIdAndUserId(sessionId, userId);
		if (existing.isPresent() && existing.get().isActive()) {
			throw new RuleException("training.enrol.already");
		}
		long enrolled = this.enrolments.countBySessionIdAndStatus(sessionId, EnrolmentStatus.ENROLLED);
		EnrolmentStatus status = (enrolled < session.getCapacity()) ? EnrolmentStatus.ENROLLED
				: EnrolmentStatus.WAITLISTED;
		if (existing.isPresent()) {
			existing.get().rejoin(status, now);
		}
		else {
			this.enrolments.save(new Enrolment(session, this.users.getReference(userId), status, now));
		}
		this.enrolments.flush();
		return status;
	}

	/**
	 * Gives up a place (or a place in the queue); the first person waiting moves up.
	 * @param sessionId the session
	 * @param user who cancels
	 * @return who moved up from the waiting list, if anyone
	 */
	@Transactional
	public Optional<Long> cancel(Long sessionId, CurrentUser user) {
		TrainingSession session = lockBeforeStart(sessionId);
		Enrolment enrolment = this.enrolments.findBySessionIdAndUserId(sessionId, user.id())
			.filter(Enrolment::isActive)
			.orElseThrow(() -> new RuleException("training.cancel.notEnrolled"));
		return release(session, enrolment);
	}

	/**
	 * The lead withdraws someone's enrolment (or their place in the queue), under the
	 * same rules as cancelling one's own: not once the session has begun; the first
	 * person waiting moves up.
	 * @param sessionId the session
	 * @param enrolmentId the enrolment
	 * @param expected the enrolment's lock version the caller read (null: any)
	 * @param actor the lead
	 * @return who moved up from the waiting list, if anyone
	 */
	@Transactional
	public Optional<Long> withdraw(Long sessionId, Long enrolmentId, Long expected, CurrentUser actor) {
		requireLead(actor);
		TrainingSession session = lockBeforeStart(sessionId);
		Enrolment enrolment = this.rosters.enrolmentIn(sessionId, enrolmentId, expected);
		if (!enrolment.isActive()) {
			throw new RuleException("training.cancel.notEnrolled");
		}
		return release(session, enrolment);
	}

	private TrainingSession lockBeforeStart(Long sessionId) {
		TrainingSession session = lock(sessionId);
		if (session.hasStarted(this.clock.instant())) {
			throw new RuleException("training.cancel.started");
		}
		return session;
	}

	private Optional<Long> release(TrainingSession session, Enrolment enrolment) {
		boolean heldAPlace = enrolment.getStatus() == EnrolmentStatus.ENROLLED;
		enrolment.cancel();
		this.enrolments.flush();
		if (!heldAPlace) {
			return Optional.empty();
		}
		List<Long> promoted = fillFreePlaces(session);
		return promoted.stream().findFirst();
	}

	/**
	 * Moves people up from the waiting list while the session has free places. The caller
	 * holds the session's lock.
	 * @param session the session
	 * @return the users who moved up, in order
	 */
	@Transactional
	public List<Long> fillFreePlaces(TrainingSession session) {
		long enrolled = this.enrolments.countBySessionIdAndStatus(session.getId(), EnrolmentStatus.ENROLLED);
		List<Long> promoted = new java.util.ArrayList<>();
		for (Enrolment waiting : this.enrolments.findQueue(session.getId())) {
			if (enrolled >= session.getCapacity()) {
				break;
			}
			waiting.promote();
			promoted.add(waiting.getUser().getId());
			enrolled++;
		}
		this.enrolments.flush();
		return promoted;
	}

	public long enrolledCount(Long sessionId) {
		return this.enrolments.countBySessionIdAndStatus(sessionId, EnrolmentStatus.ENROLLED);
	}

	private static void requireLead(CurrentUser actor) {
		if (!actor.isLead()) {
			throw new AccessDeniedException("Only the lead enrols or withdraws someone else");
		}
	}

	/**
	 * How full each session is and where the user stands, in three queries whatever the
	 * number of sessions.
	 * @param sessions the sessions
	 * @param userId the signed-in user
	 * @return seats by session id
	 */
	public Map<Long, Seats> seats(Collection<TrainingSession> sessions, Long userId) {
		Map<Long, Seats> result = new HashMap<>();
		if (sessions.isEmpty()) {
			return result;
		}
		Long[] ids = sessions.stream().map(TrainingSession::getId).toArray(Long[]::new);
		Map<Long, long[]> counts = new HashMap<>();
		for (EnrolmentRepository.SessionCount count : this.enrolments.countBySessions(ids)) {
			long[] pair = counts.computeIfAbsent(count.getSessionId(), (id) -> new long[2]);
			pair[(count.getStatus() == EnrolmentStatus.ENROLLED) ? 0 : 1] = count.getTotal();
		}
		Map<Long, EnrolmentStatus> mine = new HashMap<>();
		for (Enrolment enrolment : this.enrolments.findByUserAndSessions(userId, ids)) {
			mine.put(enrolment.getSession().getId(), enrolment.getStatus());
		}
		for (TrainingSession session : sessions) {
			long[] pair = counts.getOrDefault(session.getId(), new long[2]);
			result.put(session.getId(), new Seats(session.getCapacity(), pair[0], pair[1], mine.get(session.getId())));
		}
		return result;
	}

	/**
	 * A person's place on a session's waiting list.
	 * @param sessionId the session
	 * @param userId the person
	 * @return 1 for the next to move up, or 0 when not waiting
	 */
	public int queuePosition(Long sessionId, Long userId) {
		List<Enrolment> queue = this.enrolments.findQueue(sessionId);
		for (int i = 0; i < queue.size(); i++) {
			if (queue.get(i).getUser().getId().equals(userId)) {
				return i + 1;
			}
		}
		return 0;
	}

	public List<Enrolment> upcomingOf(Long userId) {
		return this.enrolments.findMine(userId, true, this.clock.instant());
	}

	public List<Enrolment> pastOf(Long userId) {
		return this.enrolments.findMine(userId, false, this.clock.instant());
	}

	public Optional<Enrolment> nextOf(Long userId) {
		return this.enrolments.findNextEnrolled(userId, this.clock.instant(), Limit.of(1)).stream().findFirst();
	}

	private TrainingSession lock(Long sessionId) {
		return this.sessions.lockById(sessionId).orElseThrow(() -> new NotFoundException("TrainingSession", sessionId));
	}

}
