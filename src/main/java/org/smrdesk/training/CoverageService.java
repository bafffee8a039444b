package org.smrdesk.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smrdesk.activity.ActivityService;
import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.training.CoverageCalculator.DepartmentCoverage;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is trained: per department, people who attended ÷ head count, and who still lacks a
 * required training. Five queries whatever the size of the company.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

	/** How far back the activity log counts for the gap list. */
	static final int GAP_MONTHS = 12;

	private final EnrolmentRepository enrolments;

	private final TrainingRepository trainings;

	private final DepartmentService departments;

	private final UserService users;

	private final ActivityService activities;

	private final CompanyFigures figures;

	CoverageService(EnrolmentRepository enrolments, TrainingRepository trainings, DepartmentService departments,
			UserService users, ActivityService activities, CompanyFigures figures) {
		this.activities = activities;
		this.figures = figures;
		this.enrolments = enrolments;
		this.trainings = trainings;
		this.departments = departments;
		this.users = users;
	}

	/**
	 * Trained ÷ head count per department, without the required-training detail: two
	 * queries, for the home page.
	 * @return one line per department (with no gaps listed)
	 */
	public List<DepartmentCoverage> summary() {
		return CoverageCalculator.calculate(units(), trainedByDepartment(), List.of(), List.of(), List.of());
	}

	private List<CoverageCalculator.Unit> units() {
		return this.departments.all()
			.stream()
			.map((d) -> new CoverageCalculator.Unit(d.getId(), d.getName(), d.getHeadCount()))
			.toList();
	}

	private Map<Long, Long> trainedByDepartment() {
		return this.enrolments.countAttendeesByDepartment()
			.stream()
			.collect(Collectors.toMap(EnrolmentRepository.DepartmentCount::getDepartmentId,
					EnrolmentRepository.DepartmentCount::getTotal));
	}

	/**
	 * Coverage of every department, by name.
	 * @return one line per department
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<DepartmentCoverage> byDepartment() {
		// company-wide (the same for the lead and every manager), from every active user
		// and required attendance: kept a minute, computed in a transaction of its own,
		// so a request waiting for it holds no connection
		return this.figures.get("training.by-department", this::computeByDepartment);
	}

	private List<DepartmentCoverage> computeByDepartment() {
		List<CoverageCalculator.Unit> units = units();
		Map<Long, Long> trained = trainedByDepartment();
		List<CoverageCalculator.Requirement> required = this.trainings.findRequiredWithAudiences()
			.stream()
			.map((t) -> new CoverageCalculator.Requirement(t.getId(), t.getTitle(),
					t.getAudiences().stream().map(Department::getId).collect(Collectors.toSet())))
			.toList();
		List<CoverageCalculator.Person> people = this.users.activeUsers()
			.stream()
			.map((u) -> new CoverageCalculator.Person(u.getId(), u.getDisplayName(), u.getDepartment().getId()))
			.toList();
		List<CoverageCalculator.Attended> attended = this.enrolments.findRequiredAttendees()
			.stream()
			.map((a) -> new CoverageCalculator.Attended(a.getTrainingId(), a.getUserId()))
			.toList();
		return CoverageCalculator.calculate(units, trained, required, people, attended);
	}

	/**
	 * The gap list: departments active on a social service in the last twelve months
	 * (from the activity log) of which nobody has attended a training on that service.
	 * @return the gaps, by department and service name
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<CoverageCalculator.ServiceGap> serviceGaps() {
		// company-wide, from a year of activities: kept a minute
		return this.figures.get("training.service-gaps", this::computeServiceGaps);
	}

	private List<CoverageCalculator.ServiceGap> computeServiceGaps() {
		LocalDate since = this.activities.today().minusMonths(GAP_MONTHS);
		List<CoverageCalculator.ActiveOnService> active = this.activities.activeSince(since)
			.stream()
			.map((a) -> new CoverageCalculator.ActiveOnService(a.getDepartmentId(), a.getDepartmentName(),
					a.getServiceId(), a.getServiceName(), a.getActivities(), a.getLastDate()))
			.toList();
		List<CoverageCalculator.TrainedOnService> trained = this.enrolments.findTrainedDepartmentServices()
			.stream()
			.map((t) -> new CoverageCalculator.TrainedOnService(t.getDepartmentId(), t.getServiceId()))
			.toList();
		Map<Long, List<CoverageCalculator.TrainingRef>> byService = this.trainings.findServiceTrainings()
			.stream()
			.collect(Collectors.groupingBy(TrainingRepository.ServiceTraining::getServiceId, Collectors
				.mapping((t) -> new CoverageCalculator.TrainingRef(t.getId(), t.getTitle()), Collectors.toList())));
		return CoverageCalculator.serviceGaps(active, trained, byService);
	}

	/**
	 * One department's coverage, with who still lacks each required training.
	 * @param departmentId the department
	 * @return its line
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public DepartmentCoverage of(Long departmentId) {
		return byDepartment().stream()
			.filter((line) -> line.departmentId().equals(departmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Department", departmentId));
	}

}
