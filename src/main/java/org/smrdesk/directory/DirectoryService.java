package org.smrdesk.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smrdesk.activity.Activity;
import org.smrdesk.activity.ActivityService;
import org.smrdesk.activity.DepartmentServiceActivity;
import org.smrdesk.channel.Account;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FullText;
import org.smrdesk.responsibility.Responsibility;
import org.smrdesk.responsibility.ResponsibilityAssignment;
import org.smrdesk.responsibility.ResponsibilityService;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "Who do I call?" for a service, topic or name: services (with their accounts,
 * owners and the departments active on them), accounts, activities, responsibilities,
 * departments and people, plus the sections of every {@link DirectorySource}. Services,
 * accounts and activities are searched with PostgreSQL full text (GIN indexes), so the
 * answer stays fast with 100 k activities.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

	static final int LIMIT = 10;

	/** People listed under each department found. */
	static final int PEOPLE_PER_DEPARTMENT = 5;

	private final ChannelService channels;

	private final ActivityService activities;

	private final ResponsibilityService responsibilities;

	private final DepartmentService departments;

	private final UserService users;

	private final List<DirectorySource> sources;

	DirectoryService(ChannelService channels, ActivityService activities, ResponsibilityService responsibilities,
			DepartmentService departments, UserService users, List<DirectorySource> sources) {
		this.channels = channels;
		this.activities = activities;
		this.responsibilities = responsibilities;
		this.departments = departments;
		this.users = users;
		this.sources = sources;
	}

	/**
	 * Everything that answers a search.
	 * @param text what the user typed
	 * @param user who asks
	 * @return the answer (empty for an empty search)
	 */
	public Answer answer(String text, CurrentUser user) {
		String query = FullText.prefixQuery(text);
		if (query.isEmpty()) {
			return Answer.EMPTY;
		}
		String lower = text.trim().toLowerCase(Locale.ROOT);
		List<String> words = FullText.words(text);

		List<Channel> services = this.channels.fullTextServices(query, LIMIT);
		List<Long> serviceIds = services.stream().map(Channel::getId).toList();
		List<Account> accounts = this.channels.fullTextAccounts(query, serviceIds, LIMIT);
		List<DepartmentServiceActivity> active = services.isEmpty() ? List.of() : this.activities.activeInPastYear();
		List<ServiceAnswer> serviceAnswers = new ArrayList<>();
		for (Channel service : services) {
			serviceAnswers.add(new ServiceAnswer(service,
					accounts.stream().filter((a) -> a.getService().getId().equals(service.getId())).toList(),
					active.stream()
						.filter((p) -> p.getServiceId().equals(service.getId()))
						.sorted(Comparator.comparingLong(DepartmentServiceActivity::getActivities).reversed())
						.toList()));
		}
		List<Account> otherAccounts = accounts.stream()
			.filter((a) -> !serviceIds.contains(a.getService().getId()))
			.toList();

		List<ResponsibilityService.MatrixRow> matrix = this.responsibilities.rows();
		List<ResponsibilityAnswer> responsibilityAnswers = matrix.stream()
			.filter((row) -> matchesAll(words,
					row.responsibility().getName() + " " + nullToEmpty(row.responsibility().getDescription())))
			.map((row) -> new ResponsibilityAnswer(row.responsibility(), row.responsible()))
			.toList();

		List<Department> matchedDepartments = this.departments.all()
			.stream()
			.filter((d) -> d.getName().toLowerCase(Locale.ROOT).contains(lower))
			.limit(LIMIT)
			.toList();
		UserService.PeopleFound people = this.users.findPeople(lower, LIMIT,
				matchedDepartments.stream().map(Department::getId).toList(), PEOPLE_PER_DEPARTMENT);
		List<DepartmentAnswer> departmentAnswers = departmentAnswers(matchedDepartments, matrix, people);

		List<Activity> foundActivities = this.activities.fullText(text, LIMIT);

		List<Section> extra = new ArrayList<>();
		for (DirectorySource source : this.sources) {
			List<DirectoryEntry> entries = source.find(text.trim(), user);
			if (!entries.isEmpty()) {
				extra.add(new Section(source.headingKey(), entries));
			}
		}
		return new Answer(serviceAnswers, otherAccounts, responsibilityAnswers, departmentAnswers, people.matching(),
				foundActivities, extra);
	}

	private static List<DepartmentAnswer> departmentAnswers(List<Department> matched,
			List<ResponsibilityService.MatrixRow> matrix, UserService.PeopleFound people) {
		Map<Long, List<ResponsibilityAssignment>> roles = new LinkedHashMap<>();
		for (ResponsibilityService.MatrixRow row : matrix) {
			for (ResponsibilityAssignment assignment : row.assignments()) {
				roles.computeIfAbsent(assignment.getDepartment().getId(), (id) -> new ArrayList<>()).add(assignment);
			}
		}
		List<DepartmentAnswer> answers = new ArrayList<>();
		for (Department department : matched) {
			List<ResponsibilityAssignment> own = roles.getOrDefault(department.getId(), List.of())
				.stream()
				.sorted(Comparator.comparing((ResponsibilityAssignment a) -> a.getRole())
					.thenComparing((a) -> a.getResponsibility().getName()))
				.toList();
			answers.add(new DepartmentAnswer(department, own,
					people.byDepartment().getOrDefault(department.getId(), List.of())));
		}
		return answers;
	}

	private static boolean matchesAll(List<String> words, String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return !words.isEmpty() && words.stream().allMatch(lower::contains);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * The whole answer.
	 *
	 * @param services matching services with their accounts and active departments
	 * @param accounts matching accounts on services not listed above
	 * @param responsibilities matching responsibilities with their R/A departments
	 * @param departments matching departments with their roles and people
	 * @param people matching users
	 * @param activities matching activities, newest first
	 * @param extra sections of other features
	 */
	public record Answer(List<ServiceAnswer> services, List<Account> accounts,
			List<ResponsibilityAnswer> responsibilities, List<DepartmentAnswer> departments, List<User> people,
			List<Activity> activities, List<Section> extra) {

		static final Answer EMPTY = new Answer(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());

		public boolean isEmpty() {
			return this.services.isEmpty() && this.accounts.isEmpty() && this.responsibilities.isEmpty()
					&& this.departments.isEmpty() && this.people.isEmpty() && this.activities.isEmpty()
					&& this.extra.isEmpty();
		}

	}

	/**
	 * A service and who works on it.
	 *
	 * @param service the service
	 * @param accounts the company's accounts on it, with owners
	 * @param activeDepartments departments active on it in the past year, most active
	 * first
	 */
	public record ServiceAnswer(Channel service, List<Account> accounts,
			List<DepartmentServiceActivity> activeDepartments) {
	}

	/**
	 * A responsibility and the departments that do or own it.
	 *
	 * @param responsibility the responsibility
	 * @param departments its R and A departments
	 */
	public record ResponsibilityAnswer(Responsibility responsibility, List<Department> departments) {
	}

	/**
	 * A department, its part in the matrix and some of its people.
	 *
	 * @param department the department
	 * @param roles its cells of the matrix
	 * @param people up to five of its active users
	 */
	public record DepartmentAnswer(Department department, List<ResponsibilityAssignment> roles, List<User> people) {
	}

	/**
	 * A section from another feature.
	 *
	 * @param headingKey the message key of its heading
	 * @param entries its entries
	 */
	public record Section(String headingKey, List<DirectoryEntry> entries) {
	}

}
