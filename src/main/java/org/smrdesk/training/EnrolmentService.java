package org.smrdesk.training;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.UserService;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment in sessions, with a first-come-first-served waiting list, and attendance.
 * Every change to a session's places locks the session row first, so capacity holds when
 * many people enrol at once.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

	private final EnrolmentRepository enrolments;

	private final TrainingSessionRepository sessions;

	private final UserService users;

	private final Clock clock;

	EnrolmentService(EnrolmentRepository enrolments, TrainingSessionRepository sessions, UserService users,
			Clock clock) {
		this.enrolments = enrolments;
		this.sessions = sessions;
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
		TrainingSession session = lock(sessionId);
		Instant now = this.clock.instant();
		if (session.hasStarted(now)) {
			throw new RuleException("training.enrol.started");
		}
		Optional<Enrolment> existing = this.enrolments.findBySessionIdAndUserId(sessionId, user.id());
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
			this.enrolments.save(new Enrolment(session, this.users.getReference(user.id()), status, now));
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
		TrainingSession session = lock(sessionId);
		if (session.hasStarted(this.clock.instant())) {
			throw new RuleException("training.cancel.started");
		}
		Enrolment enrolment = this.enrolments.findBySessionIdAndUserId(sessionId, user.id())
			.filter(Enrolment::isActive)
			.orElseThrow(() -> new RuleException("training.cancel.notEnrolled"));
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

	/**
	 * Records whether an enrolled person came. Only the lead and the training's trainer
	 * may, and only once the session has begun.
	 * @param sessionId the session
	 * @param enrolmentId the enrolment
	 * @param attendance attended, no-show, or back to registered
	 * @param actor who marks
	 */
	@Transactional
	public void markAttendance(Long sessionId, Long enrolmentId, Attendance attendance, CurrentUser actor) {
		TrainingSession session = this.sessions.findWithTrainingById(sessionId)
			.orElseThrow(() -> new NotFoundException("TrainingSession", sessionId));
		if (!mayMarkAttendance(session, actor)) {
			throw new AccessDeniedException("Only the lead or the trainer marks attendance");
		}
		if (attendance == null) {
			throw new RuleException("training.attendance.missing");
		}
		if (!session.hasStarted(this.clock.instant())) {
			throw new RuleException("training.attendance.notYet");
		}
		Enrolment enrolment = this.enrolments.findById(enrolmentId)
			.filter((e) -> e.getSession().getId().equals(sessionId))
			.orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
		enrolment.mark(attendance);
		this.enrolments.flush();
	}

	public boolean mayMarkAttendance(TrainingSession session, CurrentUser user) {
		return user.isLead() || session.getTraining().isTrainer(user.id());
	}

	public boolean maySeeRoster(TrainingSession session, CurrentUser user) {
		return user.isLead() || user.isManager() || session.getTraining().isTrainer(user.id());
	}

	/**
	 * Who is enrolled and waiting, with their attendance.
	 * @param session the session
	 * @param user who asks (lead, manager or the trainer)
	 * @return enrolled people first, then the queue in order
	 */
	public List<Enrolment> roster(TrainingSession session, CurrentUser user) {
		if (!maySeeRoster(session, user)) {
			throw new AccessDeniedException("Only the lead, managers and the trainer see who enrolled");
		}
		return this.enrolments.findActiveBySession(session.getId());
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
		List<Long> ids = sessions.stream().map(TrainingSession::getId).toList();
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
