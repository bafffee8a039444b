package org.smrdesk.user;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account": the time zone I read and type times in (blank: the company zone).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountTimeZoneController {

	private final UserTimeZones zones;

	private final UserService users;

	AccountTimeZoneController(UserTimeZones zones, UserService users) {
		this.zones = zones;
		this.users = users;
	}

	@PostMapping("/account/time-zone")
	String changeTimeZone(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "timeZone", required = false) String timeZone, Model model,
			RedirectAttributes redirect) {
		try {
			this.zones.change(user.id(), timeZone);
		}
		catch (FieldException ex) {
			model.addAttribute("me", this.users.get(user.id()));
			model.addAttribute("form", new PasswordForm());
			model.addAttribute("timeZoneInput", timeZone);
			model.addAttribute("timeZoneError", ex.getCode());
			return "my-account/show";
		}
		redirect.addFlashAttribute("message", "timeZone.changed");
		return "redirect:/account";
	}

}
