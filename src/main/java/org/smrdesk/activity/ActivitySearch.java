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
		TypedQuery<Activity> rows = this.entityManager.createQuery("select a from Activity a join fetch a.department d "
				+ "join fetch a.service s left join fetch a.account join fetch a.owner o" + where.clause
				+ orderBy(pageable.getSort()), Activity.class);
		where.bind(rows);
		if (pageable.isPaged()) {
			rows.setFirstResult(Math.toIntExact(pageable.getOffset()));
			rows.setMaxResults(pageable.getPageSize());
		}
		List<Activity> content = rows.getResultList();
		if (pageable.isUnpaged()) {
			return new PageImpl<>(content);
		}
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			return new PageImpl<>(content, pageable, content.size());
		}
		TypedQuery<Long> count = this.entityManager
			.createQuery("select count(*) from (select a.id as id from Activity a" + where.clause + " limit "
					+ (Paging.MAX_ROWS + 1) + ") c", Long.class);
		where.bind(count);
		return new PageImpl<>(content, pageable, count.getSingleResult());
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
		where.add(tsquery.isEmpty() ? null : tsquery, "activity_matches(a.id, :tsquery) = true",
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

	}

}
