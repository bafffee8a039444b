package org.smrdesk.training;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Text;
import org.smrdesk.policy.Policy;
import org.smrdesk.policy.PolicyService;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;
import org.smrdesk.supplier.Vendor;
import org.smrdesk.supplier.VendorService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	private final UserService users;

	private final DepartmentService departments;

	private final ChannelService channels;

	private final PolicyService policies;

	private final VendorService vendors;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingService(TrainingRepository trainings, TrainingSessionRepository sessions, EnrolmentService enrolments,
			UserService users, DepartmentService departments, ChannelService channels, PolicyService policies,
			VendorService vendors, TrainingSettings settings, Clock clock) {
		this.policies = policies;
		this.vendors = vendors;
		this.channels = channels;
		this.trainings = trainings;
		this.sessions = sessions;
		this.enrolments = enrolments;
		this.users = users;
		this.departments = departments;
		this.settings = settings;
		this.clock = clock;
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
		apply(training, form);
		return this.trainings.saveAndFlush(training);
	}

	@Transactional
	public Training update(Long id, TrainingForm form) {
		Training training = get(id);
		training.checkVersion(form.getVersion());
		training.setTitle(form.getTitle().trim());
		training.setTopicKind(form.getTopicKind());
		training.setFormat(form.getFormat());
		apply(training, form);
		return this.trainings.saveAndFlush(training);
	}

	private void apply(Training training, TrainingForm form) {
		training.setDescription(Text.blankToNull(form.getDescription()));
		training.setTopic(Text.blankToNull(form.getTopic()));
		training.setService(service(form));
		training.setPolicy(policy(form));
		training.setMaterials(materials(form.getMaterials()));
		training.setRequired(form.isRequired());
		training.assignTrainer(trainer(form), vendor(form), Text.blankToNull(form.getExternalTrainer()));
		training.setAudiences(audiences(form.getAudienceIds()));
	}

	private User trainer(TrainingForm form) {
		String external = Text.blankToNull(form.getExternalTrainer());
		if (form.getTrainerId() == null && form.getVendorId() == null && external == null) {
			throw new FieldException("trainerId", "training.trainer.missing");
		}
		if (form.getTrainerId() != null && form.getVendorId() != null) {
			throw new FieldException("vendorId", "training.trainer.both");
		}
		if (form.getTrainerId() != null && external != null) {
			throw new FieldException("externalTrainer", "training.trainer.both");
		}
		if (form.getTrainerId() == null) {
			return null;
		}
		return FieldException.whenMissing("trainerId", "training.trainer.unknown",
				() -> this.users.getReference(form.getTrainerId()));
	}

	private Vendor vendor(TrainingForm form) {
		if (form.getVendorId() == null) {
			return null;
		}
		return FieldException.whenMissing("vendorId", "training.vendor.unknown",
				() -> this.vendors.get(form.getVendorId()));
	}

	private Policy policy(TrainingForm form) {
		if (form.getPolicyId() == null) {
			if (form.getTopicKind() == TopicKind.POLICY) {
				throw new FieldException("policyId", "training.policy.missing");
			}
			return null;
		}
		return this.policies.findPublished()
			.stream()
			.filter((policy) -> policy.getId().equals(form.getPolicyId()))
			.findFirst()
			.orElseThrow(() -> new FieldException("policyId", "training.policy.unknown"));
	}

	private Channel service(TrainingForm form) {
		if (form.getServiceId() == null) {
			if (form.getTopicKind() == TopicKind.SERVICE) {
				throw new FieldException("serviceId", "training.service.missing");
			}
			return null;
		}
		return FieldException.whenMissing("serviceId", "training.service.unknown",
				() -> this.channels.getService(form.getServiceId()));
	}

	private Set<Department> audiences(List<Long> ids) {
		Map<Long, Department> all = this.departments.all()
			.stream()
			.collect(Collectors.toMap(Department::getId, Function.identity()));
		Set<Department> chosen = new LinkedHashSet<>();
		for (Long id : ids) {
			Department department = all.get(id);
			if (department == null) {
				throw new FieldException("audienceIds", "training.audience.unknown");
			}
			chosen.add(department);
		}
		return chosen;
	}

	static String materials(String text) {
		String value = Text.blankToNull(text);
		if (value == null) {
			return null;
		}
		StringBuilder links = new StringBuilder();
		for (String line : value.split("\\R")) {
			String link = line.trim();
			if (link.isEmpty()) {
				continue;
			}
			if (!(link.startsWith("https://") || link.startsWith("http://")) || link.contains(" ")) {
				throw new FieldException("materials", "training.materials.invalid");
			}
			links.append(link).append('\n');
		}
		return links.isEmpty() ? null : links.toString().strip();
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
