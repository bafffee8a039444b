package org.smrdesk.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A receiver on 127.0.0.1 checks each delivery's signature; a failing receiver gets the
 * delivery again later, a succeeding one never twice.
 */
@IntegrationTest
class WebhookTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private WebhookService webhooks;

	@Autowired
	private WebhookSender sender;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private MeterRegistry meters;

	private HttpServer receiver;

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger badSignatures = new AtomicInteger();

	private volatile String secret;

	private CurrentUser lead;

	@BeforeEach
	void receive() throws IOException {
		this.lead = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Hook Communications"));
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String signature = exchange.getRequestHeaders().getFirst("X-SMR-Signature");
			String[] parts = signature.split(",");
			long timestamp = Long.parseLong(parts[0].substring(2));
			boolean valid = parts[1].equals("v1=" + WebhookSender.sign(this.secret, timestamp, body))
					&& Math.abs(System.currentTimeMillis() / 1000 - timestamp) < 300;
			int status;
			if (!valid) {
				this.badSignatures.incrementAndGet();
				status = 401;
			}
			else if (this.failuresLeft.getAndDecrement() > 0) {
				status = 500;
			}
			else {
				this.bodies.add(body);
				status = 204;
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stop() {
		this.receiver.stop(0);
	}

	@Test
	void aSignedDeliveryIsRetriedAfterA500AndNeverSentAgainOnceAccepted() throws Exception {
		long id = register("JSON", "INCIDENT_OPENED");
		this.failuresLeft.set(1);
		this.webhooks.sendTest(id, this.lead);
		this.sender.sendDue(100);
		assertThat(delivery(id)).isEqualTo("QUEUED/1/500");
		this.jdbc.update("update webhook_deliveries set next_attempt_at = now() where webhook_id = ?", id);
		this.sender.sendDue(100);
		this.sender.sendDue(100);
		assertThat(delivery(id)).isEqualTo("DELIVERED/2/204");
		assertThat(this.bodies).hasSize(1);
		assertThat(this.bodies.get(0)).contains("\"event\":\"webhook.test\"").contains("\"data\":{");
		assertThat(this.badSignatures.get()).isZero();
		this.mvc.perform(get("/webhooks/{id}", id).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delivered")))
			.andExpect(content().string(containsString("204")));
	}

	@Test
	void deliveriesAreCountedByOutcomeAndTheQueueIsGauged() throws Exception {
		long id = register("JSON", "INCIDENT_OPENED");
		// what other tests left queued waits: this test counts its own delivery only
		this.jdbc.update("update webhook_deliveries set next_attempt_at = now() + interval '1 day'"
				+ " where status = 'QUEUED' and webhook_id <> ?", id);
		double delivered = deliveries("delivered");
		double retried = deliveries("retry");
		double failed = deliveries("failed");
		this.failuresLeft.set(1);
		this.webhooks.sendTest(id, this.lead);
		assertThat(this.meters.get("smr.webhooks.queued").gauge().value()).isGreaterThanOrEqualTo(1);
		this.sender.sendDue(100);
		assertThat(deliveries("retry") - retried).isEqualTo(1);
		this.jdbc.update("update webhook_deliveries set next_attempt_at = now() where webhook_id = ?", id);
		this.sender.sendDue(100);
		assertThat(deliveries("delivered") - delivered).isEqualTo(1);
		// the last attempt fails: given up
		this.webhooks.sendTest(id, this.lead);
		this.failuresLeft.set(1);
		this.jdbc.update("update webhook_deliveries set attempts = ? where webhook_id = ? and status = 'QUEUED'",
				WebhookSender.MAX_ATTEMPTS - 1, id);
		this.sender.sendDue(100);
		assertThat(deliveries("failed") - failed).isEqualTo(1);
		assertThat(deliveries("retry") - retried).isEqualTo(1);
		assertThat(deliveries("delivered") - delivered).isEqualTo(1);
	}

	private double deliveries(String outcome) {
		return this.meters.get("smr.webhooks.deliveries").tag("outcome", outcome).counter().count();
	}

	@Test
	void twoSendersAtOnceDeliverEachEventOnceAndSlackGetsText() throws Exception {
		long id = register("SLACK", "INCIDENT_OPENED");
		for (int i = 0; i < 5; i++) {
			this.webhooks.sendTest(id, this.lead);
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Integer>> runs = List.of(pool.submit(() -> {
				go.await();
				return this.sender.sendDue(100);
			}), pool.submit(() -> {
				go.await();
				return this.sender.sendDue(100);
			}));
			go.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.bodies).hasSize(5)
			.allSatisfy(
					(body) -> assertThat(body).isEqualTo("{\"text\":\"SMR Desk test delivery: this webhook works.\"}"));
	}

	@Test
	void aWrongSecretIsNoticedByTheReceiverAndLogged() throws Exception {
		long id = register("JSON", "INCIDENT_OPENED");
		this.secret = "not the secret";
		this.webhooks.sendTest(id, this.lead);
		this.sender.sendDue(100);
		assertThat(this.badSignatures.get()).isEqualTo(1);
		assertThat(delivery(id)).isEqualTo("QUEUED/1/401");
	}

	@Test
	void aReplacedSecretIsShownOnceAndSignsEveryDeliveryFromThenOn() throws Exception {
		long id = register("JSON", "INCIDENT_OPENED");
		String old = this.secret;
		this.webhooks.sendTest(id, this.lead);
		String page = this.mvc.perform(post("/webhooks/{id}/secret", id).with(user(this.lead)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.secret = this.jdbc.queryForObject("select secret from webhooks where id = ?", String.class, id);
		assertThat(this.secret).isNotEqualTo(old).startsWith("whsec_");
		assertThat(page).contains(this.secret).doesNotContain(old);
		this.mvc.perform(get("/webhooks/{id}", id).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(this.secret))))
			.andExpect(content().string(containsString(this.secret.substring(0, 10) + "…")));
		// the delivery queued before the change is signed with the new secret too
		this.sender.sendDue(100);
		assertThat(this.badSignatures.get()).isZero();
		assertThat(delivery(id)).isEqualTo("DELIVERED/1/204");
	}

	@Test
	void anAddressTheGuardRefusesIsRefusedBesideTheField() throws Exception {
		this.mvc
			.perform(post("/webhooks").with(user(this.lead))
				.with(csrf())
				.param("name", "Nowhere")
				.param("url", "http://unknown-host-" + UUID.randomUUID() + ".invalid/hook")
				.param("events", "INCIDENT_OPENED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This address is not allowed")))
			.andExpect(content().string(containsString("value=\"Nowhere\"")));
		this.mvc
			.perform(post("/webhooks").with(user(this.lead))
				.with(csrf())
				.param("name", "No events")
				.param("url", "https://hooks.example.com/x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one event")));
	}

	private long register(String format, String event) throws Exception {
		String name = "Receiver " + UUID.randomUUID();
		String page = this.mvc
			.perform(post("/webhooks").with(user(this.lead))
				.with(csrf())
				.param("name", name)
				.param("url", "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook")
				.param("events", event)
				.param("format", format))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.jdbc.queryForObject("select id from webhooks where name = ?", Long.class, name);
		this.secret = this.jdbc.queryForObject("select secret from webhooks where id = ?", String.class, id);
		// shown once, on the answer to the POST
		assertThat(page).contains(this.secret);
		return id;
	}

	private String delivery(long webhookId) {
		return this.jdbc.queryForObject(
				"select status || '/' || attempts || '/' || coalesce(response_code, 0) from webhook_deliveries where webhook_id = ?",
				String.class, webhookId);
	}

}
