package org.smrdesk.webhook;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;

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
 * The lead's webhooks: register an address for some events, see its secret and delivery
 * log, send a test, delete it.
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
			@RequestParam(required = false) String format, Model model, RedirectAttributes redirect) {
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
		WebhookFormat shape = "SLACK".equals(format) ? WebhookFormat.SLACK : WebhookFormat.JSON;
		try {
			long id = this.webhooks.register(name, url, chosen, shape, user);
			redirect.addFlashAttribute("message", "webhook.registered");
			return "redirect:/webhooks/" + id;
		}
		catch (FieldException ex) {
			model.addAttribute("nameInput", name);
			model.addAttribute("urlInput", url);
			model.addAttribute("eventsInput", chosen);
			model.addAttribute("formatInput", shape);
			model.addAttribute("fieldError", ex.getField());
			model.addAttribute("fieldErrorCode", ex.getCode());
			return page(user, model);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("webhook", this.webhooks.get(id, user));
		model.addAttribute("deliveries", this.webhooks.deliveries(id, user));
		return "webhooks/show";
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

	private String page(CurrentUser user, Model model) {
		model.addAttribute("webhooks", this.webhooks.all(user));
		model.addAttribute("events", EnumSet.complementOf(EnumSet.of(WebhookEvent.TEST)));
		model.addAttribute("formats", WebhookFormat.values());
		return "webhooks/list";
	}

}
