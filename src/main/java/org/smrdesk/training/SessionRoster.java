package org.smrdesk.training;

import java.time.Clock;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.RuleException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's roster: who is enrolled and waiting, which the lead, managers and the
 * training's trainer see, and whether each enrolled person came, which the lead and the
 * trainer mark once the session has begun. Places and the waiting list are
 * {@link EnrolmentService}'s.
 */
@Service
@Transactional(readOnly = true)
public class SessionRoster {

	private final EnrolmentRepository enrolments;

	private final TrainingSessionRepository sessions;

	private final Clock clock;

	SessionRoster(EnrolmentRepository enrolments, TrainingSessionRepository sessions, Clock clock) {
		this.enrolments = enrolments;
		this.sessions = sessions;
		this.clock = clock;
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
	 * One enrolment of a session, for those who may see the roster.
	 * @param session the session
	 * @param enrolmentId the enrolment
	 * @param user who asks
	 * @return the enrolment with its user
	 */
	public Enrolment enrolment(TrainingSession session, Long enrolmentId, CurrentUser user) {
		if (!maySeeRoster(session, user)) {
			throw new AccessDeniedException("Only the lead, managers and the trainer see who enrolled");
		}
		return enrolmentIn(session.getId(), enrolmentId, null);
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
		markAttendance(sessionId, enrolmentId, attendance, null, actor);
	}

	/**
	 * Records attendance as {@link #markAttendance(Long, Long, Attendance, CurrentUser)}
	 * does, if the enrolment is still as the caller read it.
	 * @param sessionId the session
	 * @param enrolmentId the enrolment
	 * @param attendance attended, no-show, or back to registered
	 * @param expected the enrolment's lock version the caller read (null: any)
	 * @param actor who marks
	 */
	@Transactional
	public void markAttendance(Long sessionId, Long enrolmentId, Attendance attendance, Long expected,
			CurrentUser actor) {
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
		enrolmentIn(sessionId, enrolmentId, expected).mark(attendance);
		this.enrolments.flush();
	}

	/**
	 * An enrolment of a session (404 for another session's), as the caller read it.
	 * @param sessionId the session
	 * @param enrolmentId the enrolment
	 * @param expected its lock version the caller read (null: any)
	 * @return the enrolment
	 */
	Enrolment enrolmentIn(Long sessionId, Long enrolmentId, Long expected) {
		Enrolment enrolment = this.enrolments.findWithUserById(enrolmentId)
			.filter((e) -> e.getSession().getId().equals(sessionId))
			.orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
		if (expected != null) {
			enrolment.checkVersion(expected);
		}
		return enrolment;
	}

}
