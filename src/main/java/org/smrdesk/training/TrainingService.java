package org.smrdesk.training;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hibernate.Hibernate;
import org.smrdesk.core.Choice;
import org.smrdesk.core.Choices;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainings and their sessions: what the lead plans, and what everyone browses.
 */
@Service
@Transactional(readOnly = true)
public class TrainingService {

	private final TrainingRepository trainings;

	private final TrainingSessionRepository sessions;

	private final EnrolmentService enrolments;

	private final TrainingReferences references;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingService(TrainingRepository trainings, TrainingSessionRepository sessions, EnrolmentService enrolments,
			TrainingReferences references, TrainingSettings settings, Clock clock) {
		this.trainings = trainings;
		this.sessions = sessions;
		this.enrolments = enrolments;
		this.references = references;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The trainings a drop-down offers: the first {@link org.smrdesk.core.Choices#LIMIT}
	 * by title, id and title alone.
	 * @return the choices
	 */
	public Page<Choice> choices() {
		return this.trainings.findChoices(Choices.first("title"));
	}

	public Page<Training> search(String text, Long departmentId, TrainingFormat format, Boolean required,
			Pageable pageable) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		Page<Training> page = Paging.within(pageable,
				(reachable) -> this.trainings.search(query, departmentId, format, required, reachable));
		// one batched query loads the audiences of the whole page
		page.forEach((training) -> Hibernate.initialize(training.getAudiences()));
		return page;
	}

	/**
	 * Every training matching the list's filters as CSV rows (title, topic kind, topic,
	 * service, format, trainer, audiences, required), in one query of plain values.
	 * @param text text in the title, topic or service
	 * @param departmentId an audience, or null
	 * @param format a format, or null
	 * @param required required or not, or null for both
	 * @param sort the order
	 * @return the rows
	 */
	public List<List<Object>> export(String text, Long departmentId, TrainingFormat format, Boolean required,
			Sort sort) {
		String query = (text != null) ? text.trim().toLowerCase(Locale.ROOT) : "";
		return this.trainings.exportRows(query, departmentId, format, required, sort)
			.stream()
			.map((row) -> Arrays.<Object>asList(row[0], row[1], emptyIfNull(row[2]), emptyIfNull(row[3]), row[4],
					emptyIfNull(Training.trainerName((String) row[5], (String) row[6], (String) row[7])),
					emptyIfNull(row[8]), row[9]))
			.toList();
	}

	private static Object emptyIfNull(Object value) {
		return (value != null) ? value : "";
	}

	public Training get(Long id) {
		return this.trainings.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Training", id));
	}

	/**
	 * Sessions, upcoming (soonest first) or past (latest first).
	 * @param upcoming true for sessions still to come
	 * @param trainingId only this training's, or null
	 * @param departmentId only trainings for this department, or null
	 * @param format only this format, or null
	 * @param pageable the page (its sort, if any, wins)
	 * @return the sessions with their trainings
	 */
	public Page<TrainingSession> searchSessions(boolean upcoming, Long trainingId, Long departmentId,
			TrainingFormat format, Pageable pageable) {
		return Paging.within(pageable, (reachable) -> this.sessions.search(upcoming, this.clock.instant(), trainingId,
				departmentId, format, reachable));
	}

	public TrainingSession getSession(Long id) {
		return this.sessions.findWithTrainingById(id).orElseThrow(() -> new NotFoundException("TrainingSession", id));
	}

	public List<TrainingSession> sessionsOf(Long trainingId) {
		return this.sessions.findByTraining(trainingId);
	}

	@Transactional
	public Training create(TrainingForm form) {
		Training training = new Training(form.getTitle().trim(), form.getTopicKind(), form.getFormat());
		this.references.apply(training, form);
		return this.trainings.saveAndFlush(training);
	}

	@Transactional
	public Training update(Long id, TrainingForm form) {
		Training training = get(id);
		training.checkVersion(form.getVersion());
		training.setTitle(form.getTitle().trim());
		training.setTopicKind(form.getTopicKind());
		training.setFormat(form.getFormat());
		this.references.apply(training, form);
		return this.trainings.saveAndFlush(training);
	}

	@Transactional
	public TrainingSession createSession(Long trainingId, SessionForm form) {
		return createSession(trainingId, plan(form));
	}

	/**
	 * Plans a session of a training; it may not start in the past.
	 * @param trainingId the training
	 * @param plan when, where and how many
	 * @return the session
	 */
	@Transactional
	public TrainingSession createSession(Long trainingId, SessionPlan plan) {
		Training training = get(trainingId);
		if (plan.startsAt().isBefore(this.clock.instant())) {
			throw new FieldException("startsAt", "training.session.startsInPast");
		}
		return this.sessions.saveAndFlush(new TrainingSession(training, plan.startsAt(), plan.durationMinutes(),
				plan.location().trim(), plan.capacity()));
	}

	@Transactional
	public TrainingSession updateSession(Long id, SessionForm form) {
		return updateSession(id, plan(form));
	}

	/**
	 * Changes a session, if it is still as the caller read it; the capacity may not fall
	 * below the people enrolled, and a larger one moves people up from the waiting list.
	 * @param id the session
	 * @param plan when, where and how many, with the lock version the caller read
	 * @return the session
	 */
	@Transactional
	public TrainingSession updateSession(Long id, SessionPlan plan) {
		TrainingSession session = this.sessions.lockById(id)
			.orElseThrow(() -> new NotFoundException("TrainingSession", id));
		session.checkVersion(plan.version());
		long enrolled = this.enrolments.enrolledCount(id);
		if (plan.capacity() < enrolled) {
			throw new FieldException("capacity", "training.session.capacity.belowEnrolled");
		}
		session.setStartsAt(plan.startsAt());
		session.setDurationMinutes(plan.durationMinutes());
		session.setLocation(plan.location().trim());
		session.setCapacity(plan.capacity());
		this.sessions.saveAndFlush(session);
		this.enrolments.fillFreePlaces(session);
		return session;
	}

	private SessionPlan plan(SessionForm form) {
		return new SessionPlan(start(form), form.getDurationMinutes(), form.getLocation(), form.getCapacity(),
				form.getVersion());
	}

	private Instant start(SessionForm form) {
		return form.getStartsAt().atZone(this.settings.zone()).toInstant();
	}

}
