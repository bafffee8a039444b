package org.smrdesk.apitoken;

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
 * "My account" → API tokens: make one (shown once, on the answer to the POST itself, so
 * it is never stored in a session or a redirect), see name, scope, expiry and last use,
 * revoke.
 */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("isAuthenticated()")
class ApiTokenController {

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String days, Model model) {
		model.addAttribute("nameInput", name);
		model.addAttribute("scopeInput", scope);
		model.addAttribute("daysInput", days);
		try {
			model.addAttribute("newToken", this.tokens.create(user, name, parseScope(scope), parseDays(days)));
			model.addAttribute("nameInput", null);
		}
		catch (FieldException ex) {
			model.addAttribute("fieldError", ex.getField());
			model.addAttribute("fieldErrorCode", ex.getCode());
		}
		return page(user, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		boolean revoked = this.tokens.revoke(user, id);
		redirect.addFlashAttribute(revoked ? "message" : "error",
				revoked ? "apiToken.revoke.done" : "apiToken.revoke.none");
		return "redirect:/account/tokens";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("apiTokens", this.tokens.mine(user));
		model.addAttribute("lifetimes", this.tokens.lifetimes());
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("now", this.tokens.instant());
		return "apitokens/list";
	}

	private static TokenScope parseScope(String scope) {
		for (TokenScope value : TokenScope.values()) {
			if (value.name().equals(scope)) {
				return value;
			}
		}
		return null;
	}

	private static Integer parseDays(String days) {
		try {
			return (days != null) ? Integer.valueOf(days.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
