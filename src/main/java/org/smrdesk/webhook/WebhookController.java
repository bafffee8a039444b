package org.smrdesk.webhook;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.smrdesk.core.ConcurrentEditException;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead's webhooks: register an address for some events, edit or disable it, see its
 * delivery log, send a test, delete it. The signing secret is shown once, on the answer
 * to the POST that makes or replaces it (never kept in a session or a redirect).
 */
@Controller
@RequestMapping("/webhooks")
@PreAuthorize("hasRole('LEAD')")
class WebhookController {

	private final WebhookService webhooks;

	WebhookController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model);
	}

	@PostMapping
	String register(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String url,
			@RequestParam(name = "events", required = false) List<String> events,
			@RequestParam(required = false) String format, Model model) {
		Set<WebhookEvent> chosen = chosen(events);
		WebhookFormat shape = shape(format);
		try {
			long id = this.webhooks.register(name, url, chosen, shape, user);
			model.addAttribute("message", "webhook.registered");
			Webhook webhook = this.webhooks.get(id, user);
			model.addAttribute("newSecret", webhook.secret());
			return show(user, id, model);
		}
		catch (FieldException ex) {
			keepInput(model, name, url, chosen, shape, true);
			fieldError(model, ex);
			return page(user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("webhook", this.webhooks.get(id, user));
		model.addAttribute("deliveries", this.webhooks.deliveries(id, user));
		return "webhooks/show";
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Webhook webhook = this.webhooks.get(id, user);
		keepInput(model, webhook.name(), webhook.url(), webhook.events(), webhook.format(), webhook.active());
		return form(webhook, webhook.version(), model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String name, @RequestParam(required = false) String url,
			@RequestParam(name = "events", required = false) List<String> events,
			@RequestParam(required = false) String format, @RequestParam(required = false) String active,
			@RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
		Webhook webhook = this.webhooks.get(id, user);
		Set<WebhookEvent> chosen = chosen(events);
		WebhookFormat shape = shape(format);
		boolean on = "true".equals(active);
		try {
			this.webhooks.update(id, new WebhookService.Change(name, url, chosen, shape, on), version, user);
			redirect.addFlashAttribute("message", "webhook.updated");
			return "redirect:/webhooks/" + id;
		}
		catch (FieldException ex) {
			fieldError(model, ex);
		}
		catch (ConcurrentEditException ex) {
			model.addAttribute("error", "webhook.conflict");
		}
		keepInput(model, name, url, chosen, shape, on);
		return form(webhook, version, model);
	}

	@PostMapping("/{id}/secret")
	String rotateSecret(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("newSecret", this.webhooks.rotateSecret(id, user));
		model.addAttribute("message", "webhook.secret.rotated");
		return show(user, id, model);
	}

	@PostMapping("/{id}/test")
	String test(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.webhooks.sendTest(id, user);
		redirect.addFlashAttribute("message", "webhook.testQueued");
		return "redirect:/webhooks/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.webhooks.delete(id, user);
		redirect.addFlashAttribute("message", "webhook.deleted");
		return "redirect:/webhooks";
	}

	private String form(Webhook webhook, Long version, Model model) {
		model.addAttribute("webhook", webhook);
		model.addAttribute("version", version);
		model.addAttribute("events", EnumSet.complementOf(EnumSet.of(WebhookEvent.TEST)));
		model.addAttribute("formats", WebhookFormat.values());
		return "webhooks/form";
	}

	private static void keepInput(Model model, String name, String url, Set<WebhookEvent> events, WebhookFormat format,
			boolean active) {
		model.addAttribute("nameInput", name);
		model.addAttribute("urlInput", url);
		model.addAttribute("eventsInput", events);
		model.addAttribute("formatInput", format);
		model.addAttribute("activeInput", active);
	}

	private static void fieldError(Model model, FieldException ex) {
		model.addAttribute("fieldError", ex.getField());
		model.addAttribute("fieldErrorCode", ex.getCode());
	}

	private static Set<WebhookEvent> chosen(List<String> events) {
		Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
		if (events != null) {
			for (String event : events) {
				for (WebhookEvent value : WebhookEvent.values()) {
					if (value.name().equals(event) && value != WebhookEvent.TEST) {
						chosen.add(value);
					}
				}
			}
		}
		return chosen;
	}

	private static WebhookFormat shape(String format) {
		return "SLACK".equals(format) ? WebhookFormat.SLACK : WebhookFormat.JSON;
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("webhooks", this.webhooks.all(user));
		model.addAttribute("events", EnumSet.complementOf(EnumSet.of(WebhookEvent.TEST)));
		model.addAttribute("formats", WebhookFormat.values());
		return "webhooks/list";
	}

}
