package org.smrdesk.operations;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Pages for the operations tests, on the nodes that name this class as a source (not a
 * {@code @Configuration} and no {@code @Controller}, so component scanning finds nothing
 * here and no other test's context has them): one that logs, one that fails unexpectedly,
 * one that waits until the test lets it finish.
 */
class TestEndpoints {

	private static final Logger log = LoggerFactory.getLogger(TestEndpoints.class);

	private static final Logger other = LoggerFactory.getLogger("org.smrdesk.operations.Elsewhere");

	/** Counted down when the slow page has started. */
	static volatile CountDownLatch started = new CountDownLatch(1);

	/** The slow page finishes when this is counted down. */
	static volatile CountDownLatch release = new CountDownLatch(1);

	@Bean
	RouterFunction<ServerResponse> opsTestPages(JdbcTemplate jdbc) {
		return RouterFunctions.route().GET("/ops-test/log", (request) -> {
			String marker = request.param("marker").orElseThrow();
			log.warn("First line of {}", marker);
			Integer answer = jdbc.queryForObject("select 42", Integer.class);
			other.warn("Second line of {}, from another logger ({})", marker, answer);
			return ServerResponse.ok().body("logged");
		}).GET("/ops-test/fail", (request) -> {
			throw new IllegalStateException("Unexpected failure " + request.param("marker").orElseThrow());
		}).GET("/ops-test/slow", (request) -> {
			started.countDown();
			return ServerResponse.ok().body(release.await(60, TimeUnit.SECONDS) ? "finished" : "never released");
		}).build();
	}

}
