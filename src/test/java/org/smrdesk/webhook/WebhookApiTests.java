package org.smrdesk.webhook;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.ApiTestClient.Caller;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.smrdesk.ApiTestClient.fieldError;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.stale;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks through the API, with the page's rules: the lead alone registers, changes,
 * tests and deletes them; the address passes the SSRF guard; the secret is answered once,
 * to the create.
 */
@IntegrationTest
class WebhookApiTests {

	@Autowired
	private ApiTestClient api;

	private String unique;

	private Caller lead;

	private Caller manager;

	@BeforeEach
	void data() {
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		String department = "Api Hooks " + this.unique;
		this.lead = this.api.newUser(Role.LEAD, department);
		this.manager = this.api.newUser(Role.MANAGER, department);
	}

	@Test
	void theLeadRegistersChangesTestsAndDeletesAWebhook() throws Exception {
		String secret = this.lead.post("/api/v1/webhooks", hookJson("Hook " + this.unique, "http://127.0.0.1:9/a"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.secret", startsWith("whsec_")))
			.andExpect(jsonPath("$.events[0]").value("INCIDENT_OPENED"))
			.andExpect(jsonPath("$.format").value("JSON"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.api.jdbc()
			.queryForObject("select id from webhooks where name = ?", Long.class, "Hook " + this.unique);
		String hook = "/api/v1/webhooks/" + id;
		assertThat(secret)
			.contains(this.api.jdbc().queryForObject("select secret from webhooks where id = ?", String.class, id));
		this.lead.get(hook)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secret").doesNotExist())
			.andExpect(jsonPath("$.secretHint", startsWith("whsec_")));
		this.lead.get("/api/v1/webhooks?size=100")
			.andExpect(status().isOk())
			.andExpect(header().exists("Link"))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].name").value("Hook " + this.unique))
			.andExpect(jsonPath("$.content[*].secret").isEmpty());

		String tag = this.lead.etag(hook);
		String changed = this.lead.put(hook, tag, """
				{"name": "Renamed %s", "url": "http://127.0.0.1:9/b", "events": ["SPIKE_ALERT", "TEST"],
				 "format": "SLACK", "active": false}""".formatted(this.unique))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("http://127.0.0.1:9/b"))
			.andExpect(jsonPath("$.events.length()").value(1))
			.andExpect(jsonPath("$.format").value("SLACK"))
			.andExpect(jsonPath("$.active").value(false))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.lead.put(hook, tag, updateJson("Lost")).andExpect(stale());

		this.lead.post(hook + "/test").andExpect(status().isNoContent());
		this.lead.get(hook + "/deliveries")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].event").value("webhook.test"))
			.andExpect(jsonPath("$.content[0].status").exists())
			.andExpect(jsonPath("$.page.totalElements").value(1));

		this.lead.delete(hook, tag).andExpect(stale());
		this.lead.delete(hook, changed).andExpect(status().isNoContent());
		this.lead.get(hook).andExpect(problem(404));
		assertThat(this.api.jdbc()
			.queryForObject("select count(*) from webhook_deliveries where webhook_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aWebhookIsRefusedWhatThePageRefuses() throws Exception {
		this.lead.post("/api/v1/webhooks", hookJson(" ", "http://127.0.0.1:9/a"))
			.andExpect(fieldError("name", "webhook.name.invalid"));
		this.lead.post("/api/v1/webhooks", hookJson("Hook", "ftp://127.0.0.1/a"))
			.andExpect(fieldError("url", "webhook.url.invalid"));
		this.lead.post("/api/v1/webhooks", hookJson("Hook", "http://nowhere.invalid/a"))
			.andExpect(fieldError("url", "webhook.url.refused"));
		this.lead.post("/api/v1/webhooks", """
				{"name": "Hook", "url": "http://127.0.0.1:9/a", "events": ["TEST"]}""")
			.andExpect(fieldError("events", "webhook.events.empty"));
		this.lead.post("/api/v1/webhooks", """
				{"name": "Hook", "url": "http://127.0.0.1:9/a", "events": ["NO_SUCH"]}""").andExpect(problem(400));
		this.lead.post("/api/v1/webhooks", """
				{"name": "Hook", "url": "http://127.0.0.1:9/a", "events": ["SPIKE_ALERT"], "secret": "mine"}""")
			.andExpect(problem(400));
		String hook = this.lead.create("/api/v1/webhooks", hookJson("Valid " + this.unique, "http://127.0.0.1:9/a"));
		this.lead.put(hook, "*", """
				{"name": "Hook", "url": "http://127.0.0.1:9/a", "events": ["SPIKE_ALERT"]}""")
			.andExpect(ApiTestClient.invalid("active"));
		this.lead.put(hook, "*", updateJson("x".repeat(101))).andExpect(fieldError("name", "webhook.name.invalid"));
		this.lead.put("/api/v1/webhooks/999999999", "*", updateJson("Gone")).andExpect(problem(404));
		this.lead.post("/api/v1/webhooks/999999999/test").andExpect(problem(404));
		this.lead.get("/api/v1/webhooks/999999999/deliveries").andExpect(problem(404));
	}

	@Test
	void onlyTheLeadReachesWebhooks() throws Exception {
		String hook = this.lead.create("/api/v1/webhooks", hookJson("Lead's " + this.unique, "http://127.0.0.1:9/a"));
		this.manager.get("/api/v1/webhooks").andExpect(problem(403));
		this.manager.get(hook).andExpect(problem(403));
		this.manager.post("/api/v1/webhooks", hookJson("Mine", "http://127.0.0.1:9/a")).andExpect(problem(403));
		this.manager.put(hook, "*", updateJson("Mine")).andExpect(problem(403));
		this.manager.post(hook + "/test").andExpect(problem(403));
		this.manager.get(hook + "/deliveries").andExpect(problem(403));
		this.manager.delete(hook, "*").andExpect(problem(403));
		this.lead.get(hook).andExpect(status().isOk());
	}

	@Test
	void theLeadReplacesTheSecretUnderIfMatchAndTheOldOneStopsSigningAtOnce() throws Exception {
		String hook = this.lead.create("/api/v1/webhooks", hookJson("Rotated " + this.unique, "http://127.0.0.1:9/r"));
		long id = Long.parseLong(hook.substring(hook.lastIndexOf('/') + 1));
		String old = this.api.jdbc().queryForObject("select secret from webhooks where id = ?", String.class, id);
		String tag = this.lead.etag(hook);
		this.manager.post(hook + "/secret", null, null).andExpect(problem(403));
		this.lead.post(hook + "/secret", null, null).andExpect(problem(428));
		this.lead.post(hook + "/secret", "\"7\"", null).andExpect(stale());
		String answer = this.lead.post(hook + "/secret", tag, null)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.secret", startsWith("whsec_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String stored = this.api.jdbc().queryForObject("select secret from webhooks where id = ?", String.class, id);
		assertThat(stored).isNotEqualTo(old);
		assertThat(answer).contains(stored).doesNotContain(old);
		this.lead.get(hook).andExpect(jsonPath("$.secret").doesNotExist());
		this.lead.post(hook + "/secret", tag, null).andExpect(stale());
	}

	private static String hookJson(String name, String url) {
		return """
				{"name": "%s", "url": "%s", "events": ["INCIDENT_OPENED"]}""".formatted(name, url);
	}

	private static String updateJson(String name) {
		return """
				{"name": "%s", "url": "http://127.0.0.1:9/c", "events": ["SPIKE_ALERT"], "format": "JSON",
				 "active": true}""".formatted(name);
	}

}
