package org.smrdesk.notification;

import java.util.EnumMap;
import java.util.Map;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotificationKind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account" → notifications: for each kind, no e-mail, an e-mail at once, or the daily
 * digest.
 */
@Controller
@RequestMapping("/account/notifications")
@PreAuthorize("isAuthenticated()")
class PreferenceController {

	private static final String PREFIX = "kind.";

	private final PreferenceService preferences;

	PreferenceController(PreferenceService preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("choices", this.preferences.of(user));
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("deliveries", Delivery.values());
		return "notifications/preferences";
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		for (Map.Entry<String, String> param : params.entrySet()) {
			if (!param.getKey().startsWith(PREFIX)) {
				continue;
			}
			NotificationKind kind = NotificationKind.parse(param.getKey().substring(PREFIX.length()));
			Delivery delivery = parse(param.getValue());
			if (kind == null || delivery == null) {
				Map<NotificationKind, Delivery> shown = this.preferences.of(user);
				shown.putAll(choices);
				model.addAttribute("choices", shown);
				model.addAttribute("kinds", NotificationKind.values());
				model.addAttribute("deliveries", Delivery.values());
				model.addAttribute("error", "notification.preferences.invalid");
				return "notifications/preferences";
			}
			choices.put(kind, delivery);
		}
		this.preferences.save(user, choices);
		redirect.addFlashAttribute("message", "notification.preferences.saved");
		return "redirect:/account/notifications";
	}

	private static Delivery parse(String value) {
		for (Delivery delivery : Delivery.values()) {
			if (delivery.name().equals(value)) {
				return delivery;
			}
		}
		return null;
	}

}
