package org.smrdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Several requests at once in one session (two tabs, a double click) never answer 500,
 * and a repeated submit with the same idempotency key creates one record.
 */
@IntegrationTest
class OneSessionConcurrencyTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void sixParallelPostsInOneSessionFiveTimesOverNeverAnswer500() throws Exception {
		Fixture fixture = new Fixture("Parallel");
		Cookie session = SignIn.session(this.mvc, fixture.email);
		List<Integer> statuses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			for (int round = 0; round < 5; round++) {
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < 6; i++) {
					String title = fixture.tag + " r" + round + " n" + i;
					answers.add(pool.submit(status(fixture.form(title).cookie(session))));
				}
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).hasSize(30).allMatch((status) -> status == 302);
		assertThat(fixture.count()).isEqualTo(30);
	}

	@Test
	void tenIdenticalFormPostsWithOneKeyCreateOneRecord() throws Exception {
		Fixture fixture = new Fixture("Idem form");
		Cookie session = SignIn.session(this.mvc, fixture.email);
		String key = UUID.randomUUID().toString();
		List<Integer> statuses = parallel(10,
				() -> fixture.form(fixture.tag + " once").cookie(session).param("_idempotencyKey", key));
		assertThat(statuses).allMatch((status) -> status == 302 || status == 303);
		assertThat(fixture.count()).isEqualTo(1);
	}

	@Test
	void everyPostingFormCarriesAFreshIdempotencyKey() throws Exception {
		Fixture fixture = new Fixture("Idem page");
		Cookie session = SignIn.session(this.mvc, fixture.email);
		String first = this.mvc.perform(get("/activities/new").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/activities/new").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Pattern hidden = java.util.regex.Pattern
			.compile("name=\"_idempotencyKey\" value=\"([0-9a-f-]{36})\"");
		java.util.regex.Matcher a = hidden.matcher(first);
		java.util.regex.Matcher b = hidden.matcher(second);
		assertThat(a.find()).isTrue();
		assertThat(b.find()).isTrue();
		assertThat(a.group(1)).isNotEqualTo(b.group(1));
	}

	@Test
	void tenIdenticalApiPostsWithOneIdempotencyKeyCreateOneRecord() throws Exception {
		Fixture fixture = new Fixture("Idem api");
		String key = UUID.randomUUID().toString();
		List<Integer> statuses = parallel(10,
				() -> post("/api/v1/activities").with(httpBasic(fixture.email, TestData.PASSWORD))
					.header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\": \"POST\", \"title\": \"%s api\", \"serviceId\": %d}".formatted(fixture.tag,
							fixture.service)));
		assertThat(statuses).contains(201).allMatch((status) -> status == 201 || status == 409);
		assertThat(fixture.count()).isEqualTo(1);
	}

	private List<Integer> parallel(int count, java.util.function.Supplier<MockHttpServletRequestBuilder> request)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				answers.add(pool.submit(status(request.get())));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

	private Callable<Integer> status(MockHttpServletRequestBuilder request) {
		return () -> this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private final class Fixture {

		final String tag = "Conc " + UUID.randomUUID().toString().substring(0, 8);

		final String email;

		final long department;

		final long service;

		Fixture(String departmentPrefix) {
			String department = departmentPrefix + " " + this.tag;
			this.email = TestData.user(OneSessionConcurrencyTests.this.jdbc, Role.STAFF, department);
			this.department = TestData.department(OneSessionConcurrencyTests.this.jdbc, department);
			this.service = TestData.channel(this.tag + " blog").insert(OneSessionConcurrencyTests.this.jdbc);
		}

		MockHttpServletRequestBuilder form(String title) {
			return post("/activities/new").with(csrf())
				.param("kind", "POST")
				.param("title", title)
				.param("activityDate", "2026-11-04")
				.param("serviceId", Long.toString(this.service))
				.param("departmentId", Long.toString(this.department))
				.param("ownerId", Long.toString(TestData.userId(OneSessionConcurrencyTests.this.jdbc, this.email)))
				.param("status", "DONE");
		}

		int count() {
			return OneSessionConcurrencyTests.this.jdbc.queryForObject(
					"select count(*) from activities where department_id = ?", Integer.class, this.department);
		}

	}

}
