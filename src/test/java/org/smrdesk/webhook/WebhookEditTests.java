package org.smrdesk.webhook;

import java.util.EnumSet;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing a webhook: the SSRF guard checks the new address beside the field, a stale
 * version is a conflict that keeps the input, and a disabled webhook gets nothing new and
 * holds what was queued.
 */
@IntegrationTest
class WebhookEditTests {

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

	private CurrentUser lead;

	private long id;

	@BeforeEach
	void register() {
		this.lead = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Hook Communications"));
		this.id = this.webhooks.register("Edit " + UUID.randomUUID(), "http://127.0.0.1:9/edit",
				EnumSet.of(WebhookEvent.INCIDENT_OPENED), WebhookFormat.JSON, this.lead);
	}

	@Test
	void theLeadChangesNameAddressEventsAndFormat() throws Exception {
		this.mvc.perform(get("/webhooks/{id}/edit", this.id).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"http://127.0.0.1:9/edit\"")));
		this.mvc
			.perform(post("/webhooks/{id}/edit", this.id).with(user(this.lead))
				.with(csrf())
				.param("name", "Renamed")
				.param("url", "http://127.0.0.1:9/new")
				.param("events", "SPIKE_ALERT", "MENTION_ESCALATED", "TEST")
				.param("format", "SLACK")
				.param("active", "true")
				.param("version", "0"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/webhooks/" + this.id));
		Webhook webhook = this.webhooks.get(this.id, this.lead);
		assertThat(webhook.name()).isEqualTo("Renamed");
		assertThat(webhook.url()).isEqualTo("http://127.0.0.1:9/new");
		assertThat(webhook.events()).containsExactlyInAnyOrder(WebhookEvent.SPIKE_ALERT,
				WebhookEvent.MENTION_ESCALATED);
		assertThat(webhook.format()).isEqualTo(WebhookFormat.SLACK);
		assertThat(webhook.active()).isTrue();
		assertThat(webhook.version()).isEqualTo(1);
	}

	@Test
	void aRefusedAddressOrAStaleVersionKeepsTheInputAndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/webhooks/{id}/edit", this.id).with(user(this.lead))
				.with(csrf())
				.param("name", "Inside")
				.param("url", "http://unknown-host-" + UUID.randomUUID() + ".invalid/admin")
				.param("events", "INCIDENT_OPENED")
				.param("active", "true")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This address is not allowed")))
			.andExpect(content().string(containsString("value=\"Inside\"")));
		this.mvc
			.perform(post("/webhooks/{id}/edit", this.id).with(user(this.lead))
				.with(csrf())
				.param("name", "Late")
				.param("url", "http://127.0.0.1:9/late")
				.param("events", "INCIDENT_OPENED")
				.param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone changed this webhook")))
			.andExpect(content().string(containsString("value=\"Late\"")));
		Webhook webhook = this.webhooks.get(this.id, this.lead);
		assertThat(webhook.url()).isEqualTo("http://127.0.0.1:9/edit");
		assertThat(webhook.version()).isZero();
	}

	@Test
	void aDisabledWebhookGetsNoNewDeliveriesAndHoldsTheQueuedOnes() throws Exception {
		this.webhooks.sendTest(this.id, this.lead);
		this.webhooks.update(this.id, new WebhookService.Change("Off", "http://127.0.0.1:9/edit",
				EnumSet.of(WebhookEvent.INCIDENT_OPENED), WebhookFormat.JSON, false), 0L, this.lead);
		this.webhooks.publish(WebhookEvent.INCIDENT_OPENED, java.util.Map.of("id", 1), "opened");
		this.sender.sendDue(100);
		assertThat(this.jdbc.queryForList(
				"select status || '/' || attempts from webhook_deliveries where webhook_id = ?", String.class, this.id))
			.containsExactly("QUEUED/0");
	}

	@Test
	void onlyTheLeadEditsOrReplacesTheSecret() throws Exception {
		CurrentUser manager = (CurrentUser) this.users
			.loadUserByUsername(TestData.user(this.jdbc, Role.MANAGER, "Hook Communications"));
		this.mvc.perform(post("/webhooks/{id}/secret", this.id).with(user(manager)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/webhooks/{id}/edit", this.id).with(user(manager))
				.with(csrf())
				.param("name", "Mine")
				.param("url", "http://127.0.0.1:9/mine")
				.param("events", "INCIDENT_OPENED")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.webhooks.get(this.id, this.lead).name()).startsWith("Edit ");
	}

}
