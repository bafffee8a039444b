package org.smrdesk.notification;

import org.smrdesk.core.NotificationKind;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The unsubscribe link of an e-mail, without signing in: the page asks to confirm (link
 * scanners only GET), the POST turns that one kind off (also the RFC 8058 one-click POST
 * of mail clients). A token that is not ours answers 404.
 */
@Controller
@RequestMapping("/notifications/unsubscribe")
@PreAuthorize("permitAll()")
class UnsubscribeController {

	private final PreferenceService preferences;

	UnsubscribeController(PreferenceService preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	String confirm(@RequestParam(name = "token", required = false) String token, Model model) {
		NotificationKind kind = this.preferences.unsubscribeKind(token);
		if (kind == null) {
			throw new InvalidTokenException();
		}
		model.addAttribute("kind", kind);
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	@PostMapping
	String unsubscribe(@RequestParam(name = "token", required = false) String token, Model model) {
		NotificationKind kind = this.preferences.unsubscribe(token);
		if (kind == null) {
			throw new InvalidTokenException();
		}
		model.addAttribute("kind", kind);
		model.addAttribute("done", true);
		return "notifications/unsubscribe";
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class InvalidTokenException extends RuntimeException {

		InvalidTokenException() {
			super("Not an unsubscribe token");
		}

	}

}
