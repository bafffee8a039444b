package org.smrdesk.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.smrdesk.channel.Account;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FullText;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;
import org.smrdesk.core.Text;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity log. Everyone reads every activity; staff create, edit and delete only
 * their own department's (checked here, whatever the page or form sent); the lead all;
 * managers none.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

	private final ActivityRepository activities;

	private final ActivitySearch search;

	private final ActivityReferences references;

	private final Clock clock;

	private final CompanyFigures figures;

	private final ActivityBatchInsert batch;

	ActivityService(ActivityRepository activities, ActivitySearch search, ActivityReferences references, Clock clock,
			CompanyFigures figures, ActivityBatchInsert batch) {
		this.batch = batch;
		this.figures = figures;
		this.activities = activities;
		this.search = search;
		this.references = references;
		this.clock = clock;
	}

	/**
	 * Today, in the application clock.
	 * @return the date
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A page of activities with their department, service, account and owner (one query
	 * plus a count bounded at {@link Paging#MAX_ROWS}, whatever the page size).
	 * @param filter the filters
	 * @param pageable page and sort
	 * @return the page
	 */
	public Page<Activity> search(ActivityFilter filter, Pageable pageable) {
		String tsquery = FullText.prefixQuery(filter.getQ());
		return Paging.within(pageable, (reachable) -> this.search.search(filter, tsquery, reachable));
	}

	/**
	 * A step of a cursor walk through the activities matching the filters, in the order
	 * they were created ({@link org.smrdesk.core.ApiCursor}): the primary key reaches any
	 * depth at the cost of the first step, where an OFFSET page reads every row before
	 * it.
	 * @param filter the filters
	 * @param afterId the last id already answered (0 to start)
	 * @param limit how many at most
	 * @return the activities with their department, service, account and owner
	 */
	public List<Activity> walk(ActivityFilter filter, long afterId, int limit) {
		return this.search.walk(filter, FullText.prefixQuery(filter.getQ()), afterId, limit);
	}

	/**
	 * Prints every activity matching the filters, however many, as CSV rows (in the
	 * import's column order), read through a cursor: memory does not grow with the rows.
	 * @param filter the filters
	 * @param sort the order
	 * @param out where each row goes
	 */
	public void export(ActivityFilter filter, Sort sort, CsvExport.Rows out) {
		try (java.util.stream.Stream<Object[]> rows = this.search.exportRows(filter,
				FullText.prefixQuery(filter.getQ()), sort)) {
			// a null cell prints as an empty one
			rows.forEach((row) -> out.print(java.util.Arrays.asList(row)));
		}
	}

	/**
	 * An activity with its details; everyone may read every activity.
	 * @param id the id
	 * @return the activity
	 */
	public Activity get(Long id) {
		if (id == null) {
			throw new NotFoundException("Activity", null);
		}
		return this.activities.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Activity", id));
	}

	/**
	 * An activity the user is about to change.
	 * @param id the id
	 * @param user the user
	 * @return the activity
	 * @throws AccessDeniedException when the user may not change it
	 */
	public Activity getForEdit(Long id, CurrentUser user) {
		Activity activity = get(id);
		checkCanEdit(activity, user);
		return activity;
	}

	/**
	 * Whether a user may change an activity: the lead always, staff of its department.
	 * @param activity the activity
	 * @param user the user
	 * @return true when allowed
	 */
	public boolean canEdit(Activity activity, CurrentUser user) {
		return user.isLead() || (user.isStaff() && user.belongsTo(activity.getDepartment().getId()));
	}

	private void checkCanEdit(Activity activity, CurrentUser user) {
		if (!canEdit(activity, user)) {
			throw new AccessDeniedException("Activity " + activity.getId() + " belongs to another department");
		}
	}

	/**
	 * The most recent activities on a service.
	 * @param serviceId the service
	 * @param limit how many
	 * @return the activities, newest first
	 */
	public List<Activity> recentOnService(Long serviceId, int limit) {
		return this.activities.findRecentByService(serviceId, PageRequest.of(0, limit));
	}

	/**
	 * The most recent activities of a department.
	 * @param departmentId the department
	 * @param limit how many
	 * @return the activities, newest first
	 */
	public List<RecentActivity> recentInDepartment(Long departmentId, int limit) {
		return this.activities.findRecentByDepartment(departmentId, PageRequest.of(0, limit));
	}

	/**
	 * How many activities (not cancelled) each department has had since a day.
	 * @param since the first day counted
	 * @return department id to count; departments without activity are absent
	 */
	public Map<Long, Long> countByDepartmentSince(LocalDate since) {
		return this.activities.countByDepartmentSince(since)
			.stream()
			.collect(Collectors.toMap(ActivityRepository.DepartmentCount::getDepartmentId,
					ActivityRepository.DepartmentCount::getActivities));
	}

	/**
	 * Which departments were active on which services since a day (not cancelled), with
	 * counts and the last date, by department and service name.
	 * @param since the first day counted
	 * @return the pairs
	 */
	public List<DepartmentServiceActivity> activeSince(LocalDate since) {
		return this.activities.countByDepartmentAndServiceSince(since);
	}

	/**
	 * {@link #activeSince} a year ago: the same for everyone (everyone reads every
	 * activity), an aggregate over a year of activities, so kept a short while
	 * ({@link CompanyFigures}) rather than computed for every directory search.
	 * @return the pairs
	 */
	public List<DepartmentServiceActivity> activeInPastYear() {
		return this.figures.get("activity.active-in-past-year",
				() -> activeSince(today().minusYears(1)).stream()
					.<DepartmentServiceActivity>map(KeptServiceActivity::of)
					.toList());
	}

	/**
	 * Activities matching a full-text query.
	 * @param text what the user typed
	 * @param limit the most to return
	 * @return the activities, newest first
	 */
	public List<Activity> fullText(String text, int limit) {
		String query = FullText.prefixQuery(text);
		if (query.isEmpty()) {
			return List.of();
		}
		return this.search.fullText(query, limit);
	}

	@Transactional
	public Activity create(ActivityForm form, CurrentUser actor) {
		Department department = this.references.checkedDepartment(form.getDepartmentId(), actor);
		Activity activity = new Activity(department, this.references.service(form.getServiceId()), form.getKind(),
				form.getTitle().trim(), form.getActivityDate(),
				this.references.checkedOwner(this.references.owner(form.getOwnerId()), department, actor, null));
		this.references.apply(activity, form, actor, null);
		return this.activities.saveAndFlush(activity);
	}

	@Transactional
	public Activity update(Long id, ActivityForm form, CurrentUser actor) {
		Activity activity = getForEdit(id, actor);
		activity.checkVersion(form.getVersion());
		Long previousOwner = activity.getOwner().getId();
		Long previousAccount = (activity.getAccount() != null) ? activity.getAccount().getId() : null;
		Department department = this.references.checkedDepartment(form.getDepartmentId(), actor);
		activity.setDepartment(department);
		activity.setService(this.references.service(form.getServiceId()));
		activity.setKind(form.getKind());
		activity.setTitle(form.getTitle().trim());
		activity.setActivityDate(form.getActivityDate());
		activity.setOwner(this.references.checkedOwner(this.references.owner(form.getOwnerId()), department, actor,
				previousOwner));
		this.references.apply(activity, form, actor, previousAccount);
		return this.activities.saveAndFlush(activity);
	}

	@Transactional
	public void delete(Long id, CurrentUser actor) {
		Activity activity = getForEdit(id, actor);
		this.activities.delete(activity);
		this.activities.flush();
	}

	/**
	 * Saves many new activities in one transaction: all of them, or (on any failure)
	 * none.
	 * @param forms the activities
	 * @param actor who imports
	 * @return how many were saved
	 */
	@Transactional
	public int createAll(List<ActivityForm> forms, CurrentUser actor) {
		List<Activity> created = new ArrayList<>();
		// each department, service, owner and account is looked up once, not once per row
		// (every
		// query would first flush and dirty-check all the rows created so far)
		Map<Long, Department> departmentsById = new HashMap<>();
		Map<Long, Channel> servicesById = new HashMap<>();
		Map<Long, User> ownersById = new HashMap<>();
		Map<Long, Account> accountsById = new HashMap<>();
		for (ActivityForm form : forms) {
			Department department = departmentsById.computeIfAbsent(form.getDepartmentId(),
					(id) -> this.references.checkedDepartment(id, actor));
			Activity activity = new Activity(department,
					servicesById.computeIfAbsent(form.getServiceId(), this.references::service), form.getKind(),
					form.getTitle().trim(), form.getActivityDate(),
					this.references.checkedOwner(ownersById.computeIfAbsent(form.getOwnerId(), this.references::owner),
							department, actor, null));
			this.references.apply(activity, form, accountsById, actor, null);
			created.add(activity);
		}
		// in JDBC batches: one round trip per row through Hibernate (identity keys) made
		// 10,000 rows take most of a minute
		return this.batch.insert(created);
	}

}
