package org.smrdesk.activity;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity list issues the same number of SQL statements for 10 and for 1,000 rows
 * (counted by Hibernate's statistics; the 1,000-row list shows 100 on its page), and
 * loads no owner, service, account or department lazily. The 10-row list uses a page of
 * 10 so that both run the page's count query.
 */
@IntegrationTest
class ActivityListQueryCountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void disableStatistics() {
		this.statistics.setStatisticsEnabled(false);
	}

	private long statementsToList(UserDetails viewer, long departmentId, String sort, int size) throws Exception {
		this.statistics.clear();
		this.mvc
			.perform(get("/activities").param("department", Long.toString(departmentId))
				.param("sort", sort)
				.param("size", Integer.toString(size))
				.with(user(viewer)))
			.andExpect(status().isOk());
		assertThat(this.statistics.getEntityFetchCount()).as("entities loaded one by one (lazily)").isZero();
		return this.statistics.getPrepareStatementCount();
	}

	@Test
	void theListIssuesTheSameStatementsForTenAndForAThousandRows() throws Exception {
		String department = AwarenessFixtures.unique("Counting");
		UserDetails viewer = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, department));
		long departmentId = TestData.department(this.jdbc, department);
		long serviceId = AwarenessFixtures.service(this.jdbc, AwarenessFixtures.unique("Counting service"));
		long[] owners = new long[5];
		for (int i = 0; i < owners.length; i++) {
			owners[i] = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, department));
		}
		for (long owner : owners) {
			AwarenessFixtures.activities(this.jdbc, departmentId, serviceId, owner, "Few", 2);
		}
		long forTen = statementsToList(viewer, departmentId, "activityDate,desc", 10);
		long sortedForTen = statementsToList(viewer, departmentId, "owner.displayName,asc", 10);

		long[] moreServices = new long[9];
		for (int i = 0; i < moreServices.length; i++) {
			moreServices[i] = AwarenessFixtures.service(this.jdbc, AwarenessFixtures.unique("Counting more"));
			for (long owner : owners) {
				AwarenessFixtures.activities(this.jdbc, departmentId, moreServices[i], owner, "Many", 22);
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from activities where department_id = ?", Long.class,
				departmentId))
			.isEqualTo(1_000L);
		long forThousand = statementsToList(viewer, departmentId, "activityDate,desc", 100);
		long sortedForThousand = statementsToList(viewer, departmentId, "owner.displayName,asc", 100);

		assertThat(forTen).isPositive();
		assertThat(forThousand).as("statements for 1,000 rows (10: %d)", forTen).isEqualTo(forTen);
		assertThat(sortedForThousand).isEqualTo(sortedForTen);
	}

}
