package org.smrdesk.goal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names of the departments, social services and monitoring queries a goal can be
 * narrowed to, read in one statement (a read-only query of this feature's own).
 *
 * @see Window.Scope
 */
@Component
class GoalNames {

	private final JdbcTemplate jdbc;

	GoalNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Names load() {
		Names names = new Names(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
		this.jdbc.query("""
				select 'd', id, name from departments
				union all select 's', id, name from social_services
				union all select 'q', id, name from monitoring_queries
				order by 1, 3""", (rs) -> {
			Map<Long, String> into = switch (rs.getString(1)) {
				case "d" -> names.departments();
				case "s" -> names.services();
				default -> names.queries();
			};
			into.put(rs.getLong(2), rs.getString(3));
		});
		return names;
	}

	/**
	 * Names by id.
	 *
	 * @param departments the departments
	 * @param services the social services
	 * @param queries the monitoring queries
	 */
	record Names(Map<Long, String> departments, Map<Long, String> services, Map<Long, String> queries) {

		String of(Window.Scope scope) {
			if (scope.departmentId() != null) {
				return this.departments.get(scope.departmentId());
			}
			if (scope.serviceId() != null) {
				return this.services.get(scope.serviceId());
			}
			return (scope.queryId() != null) ? this.queries.get(scope.queryId()) : null;
		}

	}

}
