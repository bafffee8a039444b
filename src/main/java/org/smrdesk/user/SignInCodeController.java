package org.smrdesk.user;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The second step of signing in: the code from the authenticator app, or a recovery code.
 * Open to anyone, but it does something only for a session that has just given the right
 * password of a user with a second factor ({@link SecondFactorSignIn}).
 */
@Controller
@RequestMapping("/login/code")
@PreAuthorize("permitAll()")
class SignInCodeController {

	private static final String VIEW = "login-code";

	private final SecondFactorService secondFactors;

	private final ObjectProvider<SecondFactorSignIn> signIn;

	SignInCodeController(SecondFactorService secondFactors, ObjectProvider<SecondFactorSignIn> signIn) {
		this.secondFactors = secondFactors;
		this.signIn = signIn;
	}

	@GetMapping
	String initCodeForm(@ModelAttribute("form") CodeForm form, HttpServletRequest request) {
		return pending(request).isPresent() ? VIEW : "redirect:/login";
	}

	@PostMapping
	String processCodeForm(@Valid @ModelAttribute("form") CodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<SecondFactorSignIn.Pending> pending = pending(request);
		if (pending.isEmpty()) {
			return "redirect:/login?expired";
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		SecondFactorSignIn.Pending who = pending.get();
		switch (this.secondFactors.signIn(who.userId(), who.email(), form.getCode(), request.getRemoteAddr())) {
			case ACCEPTED -> {
				return this.signIn.getObject()
					.complete(who, request, response)
					.map((target) -> "redirect:" + target)
					.orElse("redirect:/login?error");
			}
			case LOCKED -> result.reject("twoStep.code.locked");
			default -> result.rejectValue("code", "twoStep.code.wrong");
		}
		return VIEW;
	}

	private Optional<SecondFactorSignIn.Pending> pending(HttpServletRequest request) {
		SecondFactorSignIn signIn = this.signIn.getIfAvailable();
		return (signIn != null) ? signIn.pending(request) : Optional.empty();
	}

}
