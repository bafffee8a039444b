package org.smrdesk.operations;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator relies on in a node's log and at a rolling deploy, on real nodes:
 * every line written while a request runs carries its request id (plain text and ECS
 * JSON, {@code logging.structured.format.console=ecs}), an unexpected failure included;
 * and a request in flight when the node is stopped ({@code server.shutdown=graceful})
 * still gets its answer while new connections are refused. The JSON node shares the two
 * nodes' (migrated) database; logging is one per JVM, so it is set back to text after.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogsAndShutdownTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	static AppNode a;

	static AppNode jsonNode;

	@BeforeAll
	static void nodes() {
		a = TwoNodes.get().a;
	}

	@AfterAll
	static void textLogsAgain() {
		if (jsonNode != null) {
			jsonNode.close();
			// a context started like the others sets logging up again as they did
			LoggingSystem.get(LogsAndShutdownTests.class.getClassLoader()).cleanUp();
			new SpringApplicationBuilder(Object.class).web(WebApplicationType.NONE)
				.properties("spring.main.banner-mode=off")
				.run()
				.close();
		}
	}

	@Test
	@Order(1)
	void everyTextLineOfARequestCarriesItsRequestIdAnUnexpectedFailureIncluded(CapturedOutput output) {
		Browser lead = signedIn(a);
		String marker = UUID.randomUUID().toString();
		String logged = requestId(lead.get(a.url("/ops-test/log?marker=" + marker)));
		String failed = requestId(lead.get(a.url("/ops-test/fail?marker=" + marker)));

		List<String> lines = output.getOut().lines().filter((line) -> line.contains(marker)).distinct().toList();
		assertThat(lines).filteredOn((line) -> line.contains("line of")).hasSize(2).allSatisfy((line) -> {
			assertThat(line).contains("[" + logged + "]");
		});
		// the lines that open a logged error (not the stack trace's): the container's own
		// line for an exception no handler took had no id
		List<String> errors = output.getOut()
			.lines()
			.filter((line) -> line.contains(" ERROR ") && (line.contains(marker) || line.contains("/ops-test/fail")))
			.distinct()
			.toList();
		assertThat(errors).isNotEmpty().allSatisfy((line) -> assertThat(line).contains("[" + failed + "]"));
	}

	@Test
	@Order(2)
	void withEcsConfiguredEveryLineIsJsonWithTheRequestId(CapturedOutput output) {
		// logging is set up once per JVM: the nodes already running set it up as text
		LoggingSystem.get(LogsAndShutdownTests.class.getClassLoader()).cleanUp();
		jsonNode = AppNode.start(TwoNodes.get().database, List.of(TestEndpoints.class),
				"logging.structured.format.console=ecs", "server.shutdown=graceful", "smr.notifications.jobs=false",
				"smr.monitoring.polling=false");
		Browser lead = signedIn(jsonNode);
		String marker = UUID.randomUUID().toString();
		String logged = requestId(lead.get(jsonNode.url("/ops-test/log?marker=" + marker)));
		String failed = requestId(lead.get(jsonNode.url("/ops-test/fail?marker=" + marker)));

		List<JsonNode> lines = output.getOut()
			.lines()
			.filter((line) -> line.contains(marker))
			.distinct()
			.map(json::readTree)
			.toList();
		assertThat(lines).filteredOn((line) -> line.get("message").asString().contains("line of"))
			.hasSize(2)
			.allSatisfy((line) -> {
				assertThat(line.get("requestId").asString()).isEqualTo(logged);
				assertThat(line.get("@timestamp")).isNotNull();
				assertThat(line.toString()).contains("smr-desk");
			});
		assertThat(lines).filteredOn((line) -> line.toString().contains("Unexpected failure"))
			.isNotEmpty()
			.allSatisfy((line) -> {
				assertThat(line.get("requestId").asString()).isEqualTo(failed);
				assertThat(line.toString()).contains("ERROR").contains("IllegalStateException");
			});
	}

	@Test
	@Order(3)
	void aRequestInFlightIsAnsweredWhenTheNodeStopsAndNewConnectionsAreRefused() throws Exception {
		AppNode node = (jsonNode != null) ? jsonNode
				: (jsonNode = AppNode.start(TwoNodes.get().database, List.of(TestEndpoints.class),
						"server.shutdown=graceful", "smr.notifications.jobs=false", "smr.monitoring.polling=false"));
		TestEndpoints.started = new CountDownLatch(1);
		TestEndpoints.release = new CountDownLatch(1);
		Browser lead = signedIn(node);
		String slow = node.url("/ops-test/slow");
		String liveness = node.url("/actuator/health/liveness");
		CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> lead.get(slow));
		assertThat(TestEndpoints.started.await(60, TimeUnit.SECONDS)).as("the slow request started").isTrue();

		CompletableFuture<Void> stopping = CompletableFuture.runAsync(node::close);
		assertThat(refusedSoon(liveness)).as("new connections refused while stopping").isTrue();
		assertThat(inFlight).isNotDone();
		TestEndpoints.release.countDown();

		HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("finished");
		stopping.get(60, TimeUnit.SECONDS);
	}

	private static Browser signedIn(AppNode node) {
		Browser lead = new Browser();
		lead.signIn(node.url(""), AppNode.LEAD_EMAIL, AppNode.LEAD_PASSWORD);
		return lead;
	}

	private static String requestId(HttpResponse<String> response) {
		return response.headers().firstValue("X-Request-Id").orElseThrow();
	}

	/**
	 * Whether a new connection is refused within a minute (the node stops accepting them
	 * as soon as its graceful shutdown begins).
	 */
	private static boolean refusedSoon(String url) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		for (int i = 0; i < 120; i++) {
			try {
				http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding());
			}
			catch (ConnectException ex) {
				return true;
			}
			catch (java.io.IOException ex) {
				// a reset or timeout is no refusal yet
			}
			Thread.sleep(500);
		}
		return false;
	}

}
