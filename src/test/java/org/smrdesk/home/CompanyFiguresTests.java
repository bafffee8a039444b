package org.smrdesk.home;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.SettingsVariantTest;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.smrdesk.core.CompanyFigures;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Company-wide dashboard figures are kept for a minute (as in production), and keeping
 * them shows nobody more than their role or department may see: once the lead's home page
 * has filled them, a staff member's home page still has none of the lead's panels, a
 * manager sees the same company-wide figures as the lead, and each staff member's home
 * page shows their own department's work only. A request waiting for a figure being
 * computed holds no pooled connection meanwhile.
 */
@SettingsVariantTest
class CompanyFiguresTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CompanyFigures figures;

	@Autowired
	private DataSource dataSource;

	@Test
	void keptFiguresAreShownOnlyToTheRolesWhoseHomePageHasThem() throws Exception {
		String department = "Figures " + System.nanoTime();
		Cookie lead = SignIn.session(this.mvc, TestData.user(this.jdbc, Role.LEAD, department));
		Cookie manager = SignIn.session(this.mvc, TestData.user(this.jdbc, Role.MANAGER, department));
		Cookie staff = SignIn.session(this.mvc, TestData.user(this.jdbc, Role.STAFF, department));

		this.mvc.perform(get("/").cookie(lead))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("activity-month-title")))
			.andExpect(content().string(containsString(department)));

		this.mvc.perform(get("/").cookie(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("activity-month-title"))));
		this.mvc.perform(get("/").cookie(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("activity-month-title")))
			.andExpect(content().string(containsString(department)));
	}

	@Test
	void eachStaffMembersHomePageShowsTheirOwnDepartmentsWorkOnly() throws Exception {
		String first = "Figures First " + System.nanoTime();
		String second = "Figures Second " + System.nanoTime();
		String firstEmail = TestData.user(this.jdbc, Role.STAFF, first);
		String secondEmail = TestData.user(this.jdbc, Role.STAFF, second);
		Cookie firstStaff = SignIn.session(this.mvc, firstEmail);
		Cookie secondStaff = SignIn.session(this.mvc, secondEmail);
		this.mvc.perform(get("/").cookie(SignIn.session(this.mvc, TestData.user(this.jdbc, Role.LEAD, first))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(firstStaff)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(secondStaff)).andExpect(status().isOk());

		String firstWork = activity(first, firstEmail);
		String secondWork = activity(second, secondEmail);

		this.mvc.perform(get("/").cookie(firstStaff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(firstWork)))
			.andExpect(content().string(not(containsString(secondWork))));
		this.mvc.perform(get("/").cookie(secondStaff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(secondWork)))
			.andExpect(content().string(not(containsString(firstWork))));
	}

	@Test
	void requestsWaitingForAFigureBeingComputedHoldNoPooledConnection() throws Exception {
		Cookie manager = SignIn.session(this.mvc,
				TestData.user(this.jdbc, Role.MANAGER, "Figures Wait " + System.nanoTime()));
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		int requests = pool.getMaximumPoolSize() + 2;
		this.figures.forgetAll();
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(requests + 1);
		try {
			Future<?> slow = threads.submit(() -> this.figures.get("training.by-department", () -> {
				computing.countDown();
				await(release);
				return List.of();
			}));
			assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
			List<Thread> waiting = new ArrayList<>();
			List<Future<Integer>> pages = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				pages.add(threads.submit(() -> {
					synchronized (waiting) {
						waiting.add(Thread.currentThread());
					}
					return this.mvc.perform(get("/trainings/coverage").cookie(manager))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			awaitAllWaiting(waiting, requests);

			assertThat(pool.getHikariPoolMXBean().getActiveConnections())
				.as("connections in use while %d requests wait for the figure (one computes it)", requests)
				.isLessThanOrEqualTo(1);
			release.countDown();
			slow.get(10, TimeUnit.SECONDS);
			for (Future<Integer> page : pages) {
				assertThat(page.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			release.countDown();
			threads.shutdownNow();
			this.figures.forgetAll();
		}
	}

	private static void awaitAllWaiting(List<Thread> threads, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		int stable = 0;
		while (System.nanoTime() < deadline && stable < 5) {
			boolean all;
			synchronized (threads) {
				all = threads.size() == count && threads.stream()
					.allMatch(
							(t) -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING);
			}
			stable = all ? stable + 1 : 0;
			Thread.sleep(100);
		}
		assertThat(stable).as("every request waiting").isEqualTo(5);
	}

	private String activity(String department, String ownerEmail) {
		String title = "Home work of " + department;
		this.jdbc.update("""
				insert into social_services (name, kind, created_at, created_by, updated_at, updated_by)
				values (?, 'BLOG', now(), 'test', now(), 'test')""", department);
		this.jdbc.update("""
				insert into activities (department_id, service_id, kind, title, activity_date, owner_id, status,
				                        created_at, created_by, updated_at, updated_by)
				values (?, (select id from social_services where name = ?), 'POST', ?, current_date, ?, 'DONE',
				        now(), 'test', now(), 'test')""", TestData.department(this.jdbc, department), department, title,
				TestData.userId(this.jdbc, ownerEmail));
		return title;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
