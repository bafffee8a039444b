package org.smrdesk.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of training coverage, free of the database: per department, the people
 * who attended at least one session over its head count, and for each required training
 * of the department, who has not attended it yet.
 */
final class CoverageCalculator {

	private CoverageCalculator() {
	}

	/**
	 * A department as coverage sees it.
	 *
	 * @param id its id
	 * @param name its name
	 * @param headCount its head count (the denominator)
	 */
	record Unit(Long id, String name, int headCount) {
	}

	/**
	 * A person who should be trained.
	 *
	 * @param id the user's id
	 * @param name the name
	 * @param departmentId the department
	 */
	record Person(Long id, String name, Long departmentId) {
	}

	/**
	 * A required training and the departments it is for.
	 *
	 * @param id its id
	 * @param title its title
	 * @param departmentIds its audience
	 */
	record Requirement(Long id, String title, Set<Long> departmentIds) {
	}

	/**
	 * One (training, person) attendance.
	 *
	 * @param trainingId the training
	 * @param userId the person
	 */
	record Attended(Long trainingId, Long userId) {
	}

	/**
	 * A required training and who in the department has not attended it.
	 *
	 * @param trainingId the training
	 * @param title its title
	 * @param missing the people still to train
	 */
	record Gap(Long trainingId, String title, List<Person> missing) {
	}

	/**
	 * One department's line.
	 *
	 * @param departmentId the department
	 * @param name its name
	 * @param headCount its head count
	 * @param trained people who attended at least one session
	 * @param percent trained ÷ head count in whole percent (at most 100), or null for a
	 * head count of zero
	 * @param gaps the department's required trainings, each with who is missing
	 */
	record DepartmentCoverage(Long departmentId, String name, int headCount, long trained, Integer percent,
			List<Gap> gaps) {

		public int missingTotal() {
			return this.gaps.stream().mapToInt((gap) -> gap.missing().size()).sum();
		}

	}

	static Integer percent(long trained, int headCount) {
		if (headCount <= 0) {
			return null;
		}
		long rounded = Math.round(trained * 100.0 / headCount);
		return (int) Math.min(100, rounded);
	}

	static List<DepartmentCoverage> calculate(List<Unit> departments, Map<Long, Long> trainedByDepartment,
			List<Requirement> required, Collection<Person> people, Collection<Attended> attended) {
		Set<Attended> done = new HashSet<>(attended);
		List<DepartmentCoverage> result = new ArrayList<>();
		for (Unit department : departments) {
			long trained = trainedByDepartment.getOrDefault(department.id(), 0L);
			List<Gap> gaps = new ArrayList<>();
			for (Requirement requirement : required) {
				if (!requirement.departmentIds().contains(department.id())) {
					continue;
				}
				List<Person> missing = people.stream()
					.filter((person) -> department.id().equals(person.departmentId()))
					.filter((person) -> !done.contains(new Attended(requirement.id(), person.id())))
					.toList();
				gaps.add(new Gap(requirement.id(), requirement.title(), missing));
			}
			result.add(new DepartmentCoverage(department.id(), department.name(), department.headCount(), trained,
					percent(trained, department.headCount()), gaps));
		}
		return result;
	}

	/**
	 * A department that was active on a social service (from the activity log).
	 *
	 * @param departmentId the department
	 * @param departmentName its name
	 * @param serviceId the service
	 * @param serviceName its name
	 * @param activities how many activities in the period
	 * @param lastDate the last one
	 */
	record ActiveOnService(Long departmentId, String departmentName, Long serviceId, String serviceName,
			long activities, LocalDate lastDate) {
	}

	/**
	 * Someone of a department attended a training on a service.
	 *
	 * @param departmentId the department
	 * @param serviceId the service
	 */
	record TrainedOnService(Long departmentId, Long serviceId) {
	}

	/**
	 * A training about a service, to suggest for a gap.
	 *
	 * @param id the training
	 * @param title its title
	 */
	record TrainingRef(Long id, String title) {
	}

	/**
	 * A department active on a service with nobody trained on it.
	 *
	 * @param active the department's activity on the service
	 * @param trainings the trainings on that service (empty when there is none yet)
	 */
	record ServiceGap(ActiveOnService active, List<TrainingRef> trainings) {
	}

	static List<ServiceGap> serviceGaps(List<ActiveOnService> active, Collection<TrainedOnService> trained,
			Map<Long, List<TrainingRef>> trainingsByService) {
		Set<TrainedOnService> done = new HashSet<>(trained);
		return active.stream()
			.filter((a) -> !done.contains(new TrainedOnService(a.departmentId(), a.serviceId())))
			.map((a) -> new ServiceGap(a, trainingsByService.getOrDefault(a.serviceId(), List.of())))
			.toList();
	}

}
