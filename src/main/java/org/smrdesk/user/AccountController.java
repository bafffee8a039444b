package org.smrdesk.user;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Forms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My account": who I am, and changing my password.
 */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

	private static final String VIEW = "my-account/show";

	private final UserService users;

	private final UserAccounts accounts;

	private final SecondFactorService secondFactors;

	AccountController(UserService users, UserAccounts accounts, SecondFactorService secondFactors) {
		this.users = users;
		this.accounts = accounts;
		this.secondFactors = secondFactors;
	}

	@ModelAttribute("twoStep")
	SecondFactorService.Status twoStep(@AuthenticationPrincipal CurrentUser user) {
		return this.secondFactors.status(user.id()).orElse(null);
	}

	@ModelAttribute("me")
	User me(@AuthenticationPrincipal CurrentUser user) {
		return this.users.get(user.id());
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", new PasswordForm());
		return VIEW;
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpSession session, RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "password.confirmation.mismatch");
		}
		return Forms.submit(result, () -> VIEW, () -> {
			this.accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword(), session.getId());
			return Forms.done(redirect, "password.changed", "/account");
		});
	}

}
