package org.smrdesk.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import org.smrdesk.core.ApiPage;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lead's webhooks for other tools, with the webhooks page's rules (the service's):
 * the name, the events and the address are checked as on the page, the address by the
 * monitoring sources' SSRF guard; the signing secret is answered once, to the create, and
 * never again (reads show its first characters). Changes take the {@code ETag} in
 * {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('LEAD')")
class WebhookApiController {

	private final WebhookService webhooks;

	WebhookApiController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	/**
	 * The webhooks, by name.
	 * @param pageable the page
	 * @param user the lead
	 * @return the page
	 */
	@GetMapping
	ApiPage<WebhookJson> list(@PageableDefault(size = 20) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		return ApiPage.of(this.webhooks.all(user), pageable).map((webhook) -> WebhookJson.of(webhook, null));
	}

	/**
	 * One webhook, tagged for {@code If-Match}.
	 * @param id the webhook
	 * @param user the lead
	 * @return the webhook (without its secret)
	 */
	@GetMapping("/{id}")
	ResponseEntity<WebhookJson> show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Webhook webhook = this.webhooks.get(id, user);
		return ApiVersions.tagged(WebhookJson.of(webhook, null), webhook.version());
	}

	/**
	 * Registers a webhook with a new signing secret, answered this once.
	 * @param request name, address, events and format
	 * @param user the lead
	 * @return the webhook with its secret
	 */
	@PostMapping
	ResponseEntity<WebhookJson> create(@Valid @RequestBody WebhookRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.webhooks.register(request.name(), request.url(), request.chosen(), request.format(), user);
		Webhook webhook = this.webhooks.get(id, user);
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + id))
			.eTag(ApiVersions.etag(webhook.version()))
			.body(WebhookJson.of(webhook, webhook.secret()));
	}

	/**
	 * Changes a webhook (the address checked again); deliveries still queued go to the
	 * new address. The secret stays.
	 * @param id the webhook
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param request the new values
	 * @param user the lead
	 * @return the webhook with its new {@code ETag}
	 */
	@PutMapping("/{id}")
	ResponseEntity<WebhookJson> update(@PathVariable long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody WebhookUpdateRequest request, @AuthenticationPrincipal CurrentUser user) {
		Long expected = ApiVersions.expected(ifMatch, this.webhooks.get(id, user).version());
		this.webhooks.update(id, new WebhookService.Change(request.name(), request.url(), chosen(request.events()),
				request.format(), request.active()), expected, user);
		return show(id, user);
	}

	/**
	 * Deletes a webhook with its delivery log.
	 * @param id the webhook
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param user the lead
	 */
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		this.webhooks.delete(id, ApiVersions.expected(ifMatch, this.webhooks.get(id, user).version()), user);
	}

	/**
	 * Replaces the webhook's signing secret, as the page's "New secret" button does: the
	 * new secret is answered this once, and the old one stops signing at once (no grace
	 * period: every delivery from now on, retries of queued ones too, is signed with the
	 * new one, so the receiver must take the new secret before the next event).
	 * @param id the webhook
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param user the lead
	 * @return the webhook with its new secret and {@code ETag}
	 */
	@PostMapping("/{id}/secret")
	@Operation(summary = "Replace the webhook's signing secret",
			description = "Answers the new secret this once (`secret`); the old one stops signing at once, with no "
					+ "grace period: every delivery from now on, retries of queued ones too, is signed with the new "
					+ "one. Under If-Match like every change of the webhook.")
	ResponseEntity<WebhookJson> rotateSecret(@PathVariable long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		Long expected = ApiVersions.expected(ifMatch, this.webhooks.get(id, user).version());
		String secret = this.webhooks.rotateSecret(id, expected, user);
		Webhook webhook = this.webhooks.get(id, user);
		return ApiVersions.tagged(WebhookJson.of(webhook, secret), webhook.version());
	}

	/**
	 * Queues a test delivery (event {@code webhook.test}) to the webhook, as the page's
	 * "Send test" button does (204); it appears in the delivery log.
	 * @param id the webhook
	 * @param user the lead
	 */
	@PostMapping("/{id}/test")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void sendTest(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.webhooks.sendTest(id, user);
	}

	/**
	 * The webhook's delivery log, newest first (the last 100, as on the page): status,
	 * attempts, response code and error.
	 * @param id the webhook
	 * @param pageable the page
	 * @param user the lead
	 * @return the page
	 */
	@GetMapping("/{id}/deliveries")
	ApiPage<WebhookDelivery> deliveries(@PathVariable long id, @PageableDefault(size = 20) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		return ApiPage.of(this.webhooks.deliveries(id, user), pageable);
	}

	private static Set<WebhookEvent> chosen(Set<WebhookEvent> events) {
		Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
		if (events != null) {
			chosen.addAll(events);
		}
		chosen.remove(WebhookEvent.TEST);
		return chosen;
	}

	/**
	 * A webhook as the API shows it.
	 *
	 * @param id its id
	 * @param name what the lead called it
	 * @param url where deliveries go
	 * @param events what it receives
	 * @param format JSON (signed envelope) or SLACK (Slack/Teams text)
	 * @param active whether deliveries are made
	 * @param secretHint the secret's first characters
	 * @param secret the whole signing secret: only in the answers to the create and to a
	 * new secret
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record WebhookJson(long id, String name, String url, Set<WebhookEvent> events, WebhookFormat format, boolean active,
			String secretHint, String secret) {

		static WebhookJson of(Webhook webhook, String secret) {
			return new WebhookJson(webhook.id(), webhook.name(), webhook.url(), webhook.events(), webhook.format(),
					webhook.active(), webhook.secretHint(), secret);
		}

	}

	/**
	 * A webhook to register.
	 *
	 * @param name what to call it (1 to 100 characters)
	 * @param url an http or https address the SSRF guard accepts
	 * @param events what to send (at least one)
	 * @param format JSON (default) or SLACK
	 */
	@Schema(example = """
			{"name": "SIEM", "url": "https://hooks.example.com/smr", "events": ["INCIDENT_OPENED"], "format": "JSON"}""")
	record WebhookRequest(String name, String url, Set<WebhookEvent> events, WebhookFormat format) {

		Set<WebhookEvent> chosen() {
			return WebhookApiController.chosen(this.events);
		}

	}

	/**
	 * A webhook's new values; the version comes from {@code If-Match}.
	 *
	 * @param name what to call it (1 to 100 characters)
	 * @param url an http or https address the SSRF guard accepts
	 * @param events what to send (at least one)
	 * @param format JSON (default) or SLACK
	 * @param active whether deliveries are made
	 */
	@Schema(example = """
			{"name": "SIEM", "url": "https://hooks.example.com/smr", "events": ["INCIDENT_OPENED", "SPIKE_ALERT"],
			 "format": "SLACK", "active": true}""")
	record WebhookUpdateRequest(String name, String url, Set<WebhookEvent> events, WebhookFormat format,
			@NotNull Boolean active) {
	}

}
