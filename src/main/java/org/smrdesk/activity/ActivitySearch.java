package org.smrdesk.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The activity list's query, written from the filters actually set (a catch-all
 * {@code (:x is null or ...)} query gets a generic plan from PostgreSQL after five runs,
 * hundreds of times slower at 100 k rows), with a count that stops at
 * {@link Paging#MAX_ROWS}. Sort properties come from the controller's whitelist
 * ({@code core.SortableBy}), and are checked again here.
 */
@Component
class ActivitySearch {

	private static final Map<String, String> SORTABLE = Map.of("activityDate", "a.activityDate", "title", "a.title",
			"department.name", "d.name", "service.name", "s.name", "kind", "a.kind", "owner.displayName",
			"o.displayName", "status", "a.status", "id", "a.id");

	private final EntityManager entityManager;

	ActivitySearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Page<Activity> search(ActivityFilter filter, String tsquery, Pageable pageable) {
		Where where = where(filter, tsquery);
		if (!tsquery.isEmpty() && pageable.isPaged() && newestFirst(pageable.getSort())) {
			return newestMatches(where, pageable);
		}
		// The page's ids first (the date order is an index-only scan, however deep the
		// page),
		// then those rows with their department, service, account and owner.
		TypedQuery<Long> ids = this.entityManager.createQuery("select a.id from Activity a"
				+ joinsFor(pageable.getSort()) + where.clause + orderBy(pageable.getSort()), Long.class);
		where.bind(ids);
		if (pageable.isPaged()) {
			ids.setFirstResult(Math.toIntExact(pageable.getOffset()));
			ids.setMaxResults(pageable.getPageSize());
		}
		List<Activity> content = load(ids.getResultList());
		if (pageable.isUnpaged()) {
			return new PageImpl<>(content);
		}
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			return new PageImpl<>(content, pageable, content.size());
		}
		return new PageImpl<>(content, pageable, count(where));
	}

	/**
	 * A full-text search, newest first: the matches are found once, through the GIN
	 * index, and both the page and the count read them (a frequent word matches thousands
	 * of activities, and finding them is most of the cost: two statements found them
	 * twice, 15 ms of PostgreSQL for "campaign" on the large dataset, one 8–10 ms).
	 */
	private Page<Activity> newestMatches(Where where, Pageable pageable) {
		Query page = this.entityManager.createNativeQuery(
				"with m as materialized (select a.id, a.activity_date " + "from activities a" + where.sqlClause
						+ ") select m.id, (select count(*) from (select 1 from m limit " + (Paging.MAX_ROWS + 1)
						+ ") c) from m order by m.activity_date desc, m.id desc " + "offset :offset limit :limit");
		where.bindNative(page);
		page.setParameter("offset", pageable.getOffset()).setParameter("limit", pageable.getPageSize());
		@SuppressWarnings("unchecked")
		List<Object[]> rows = page.getResultList();
		if (rows.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, (pageable.getOffset() == 0) ? 0 : count(where));
		}
		List<Long> ids = rows.stream().map((row) -> ((Number) row[0]).longValue()).toList();
		return new PageImpl<>(load(ids), pageable, ((Number) rows.get(0)[1]).longValue());
	}

	private long count(Where where) {
		Query count = this.entityManager.createNativeQuery("select count(*) from (select 1 from activities a"
				+ where.sqlClause + " limit " + (Paging.MAX_ROWS + 1) + ") c", Long.class);
		where.bindNative(count);
		return ((Number) count.getSingleResult()).longValue();
	}

	/**
	 * Whether the order is the lists' default: newest first, then the latest recorded.
	 */
	private static boolean newestFirst(Sort sort) {
		List<Sort.Order> orders = sort.toList();
		return (orders.size() == 1
				|| (orders.size() == 2 && orders.get(1).getProperty().equals("id") && orders.get(1).isDescending()))
				&& orders.get(0).getProperty().equals("activityDate") && orders.get(0).isDescending();
	}

	/**
	 * The matching activities created after one, by id (a range scan of the primary key),
	 * then those rows with their department, service, account and owner.
	 */
	List<Activity> walk(ActivityFilter filter, String tsquery, long afterId, int limit) {
		Where where = where(filter, tsquery);
		where.add(afterId, "a.id > :after", "a.id > :after", "after");
		TypedQuery<Long> ids = this.entityManager
			.createQuery("select a.id from Activity a" + where.clause + " order by a.id", Long.class);
		where.bind(ids);
		return load(ids.setMaxResults(limit).getResultList());
	}

	private List<Activity> load(List<Long> ids) {
		return ids.isEmpty() ? List.of()
				: inOrder(ids, this.entityManager
					.createQuery(
							"select a from Activity a join fetch a.department join fetch a.service "
									+ "left join fetch a.account join fetch a.owner where in_array(:ids, a.id) = true",
							Activity.class)
					.setParameter("ids", ids.toArray(Long[]::new))
					.getResultList());
	}

	/**
	 * Every matching activity as export rows, read through a database cursor (fetch size
	 * 1,000) as plain values, so memory stays constant whatever the number of rows. Call
	 * inside a transaction and close the stream.
	 */
	java.util.stream.Stream<Object[]> exportRows(ActivityFilter filter, String tsquery, Sort sort) {
		Where where = where(filter, tsquery);
		TypedQuery<Object[]> rows = this.entityManager.createQuery("select a.activityDate, d.name, s.name, "
				+ "acc.handle, a.kind, a.title, a.link, a.status, o.email, a.reach, a.engagement, a.notes "
				+ "from Activity a join a.department d join a.service s left join a.account acc join a.owner o"
				+ where.clause + orderBy(sort), Object[].class);
		where.bind(rows);
		rows.setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, 1_000);
		rows.setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
		return rows.getResultStream();
	}

	/**
	 * The newest activities matching a full-text query with their department, service,
	 * account and owner, in one query ({@code activity_newest_matches}: the matches are
	 * found through the GIN index, then the newest read by primary key; EXPLAIN ANALYZE
	 * on 100,000 activities costs the same as the former two queries, ids then rows).
	 */
	List<Activity> fullText(String tsquery, int limit) {
		return this.entityManager
			.createQuery("select a from Activity a join fetch a.department join fetch a.service "
					+ "left join fetch a.account join fetch a.owner "
					+ "where activity_newest_matches(:tsquery, :limit, a.id) = true "
					+ "order by a.activityDate desc, a.id desc", Activity.class)
			.setParameter("tsquery", tsquery)
			.setParameter("limit", limit)
			.getResultList();
	}

	private static List<Activity> inOrder(List<Long> ids, List<Activity> rows) {
		Map<Long, Activity> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(row.getId(), row));
		return ids.stream().map(byId::get).toList();
	}

	/**
	 * The joins the order needs (department, service and owner are never null: inner
	 * joins keep the rows the same).
	 */
	private static String joinsFor(Sort sort) {
		StringBuilder joins = new StringBuilder();
		for (String[] join : new String[][] { { "department.name", " join a.department d" },
				{ "service.name", " join a.service s" }, { "owner.displayName", " join a.owner o" } }) {
			if (sort.getOrderFor(join[0]) != null) {
				joins.append(join[1]);
			}
		}
		return joins.toString();
	}

	private static Where where(ActivityFilter filter, String tsquery) {
		Where where = new Where();
		where.add(filter.getFrom(), "a.activityDate >= :from", "a.activity_date >= :from", "from");
		where.add(filter.getTo(), "a.activityDate <= :to", "a.activity_date <= :to", "to");
		where.add(filter.getDepartment(), "a.department.id = :department", "a.department_id = :department",
				"department");
		where.add(filter.getService(), "a.service.id = :service", "a.service_id = :service", "service");
		where.add(filter.getKind(), "a.kind = :kind", "a.kind = :kind", "kind");
		where.add(filter.getStatus(), "a.status = :status", "a.status = :status", "status");
		where.add(filter.getOwner(), "a.owner.id = :owner", "a.owner_id = :owner", "owner");
		where.add(tsquery.isEmpty() ? null : tsquery, "activity_matches(:tsquery, a.id) = true",
				"a.search @@ to_tsquery('simple', :tsquery)", "tsquery");
		return where;
	}

	private static String orderBy(Sort sort) {
		List<String> orders = new ArrayList<>();
		boolean byId = false;
		for (Sort.Order order : sort) {
			String path = SORTABLE.get(order.getProperty());
			if (path == null) {
				throw new IllegalArgumentException("Not sortable: " + order.getProperty());
			}
			byId |= order.getProperty().equals("id");
			orders.add(path + (order.isAscending() ? " asc" : " desc"));
		}
		if (!byId) {
			// a stable order, so pages neither repeat nor skip rows
			orders.add("a.id desc");
		}
		return " order by " + String.join(", ", orders);
	}

	/**
	 * The conditions of the filters set, with their parameters.
	 */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final List<String> sqlConditions = new ArrayList<>();

		private final Map<String, Object> parameters = new HashMap<>();

		private String clause = "";

		private String sqlClause = "";

		void add(Object value, String condition, String sqlCondition, String parameter) {
			if (value != null) {
				this.conditions.add(condition);
				this.sqlConditions.add(sqlCondition);
				this.parameters.put(parameter, value);
				this.clause = " where " + String.join(" and ", this.conditions);
				this.sqlClause = " where " + String.join(" and ", this.sqlConditions);
			}
		}

		void bind(TypedQuery<?> query) {
			this.parameters.forEach(query::setParameter);
		}

		void bindNative(Query query) {
			this.parameters
				.forEach((name, value) -> query.setParameter(name, (value instanceof Enum<?> e) ? e.name() : value));
		}

	}

}
