package org.smrdesk.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Forms;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * "Two-step sign-in" on the account page: set it up (the secret as text and as a QR code,
 * confirmed with a code), see how many recovery codes are left, make new ones, turn it
 * off. The secret being set up waits in the session (shared by the nodes) until it is
 * confirmed.
 */
@Controller
@RequestMapping("/account/two-step")
@PreAuthorize("isAuthenticated()")
class SecondFactorController {

	static final String PATH = "/account/two-step";

	private static final String VIEW = "my-account/two-step";

	private static final String CODES = "my-account/recovery-codes";

	private static final String SECRET = SecondFactorController.class.getName() + ".secret";

	private static final String ISSUER = "SMR Desk";

	private final SecondFactorService secondFactors;

	SecondFactorController(SecondFactorService secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		model.addAttribute("enableForm", new CodeForm());
		model.addAttribute("disableForm", new CodeForm());
		model.addAttribute("renewForm", new CodeForm());
		return view(user, session, model);
	}

	@GetMapping("/qr.svg")
	ResponseEntity<String> qrCode(@AuthenticationPrincipal CurrentUser user, HttpSession session) {
		if (!(session.getAttribute(SECRET) instanceof String secret)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(QrCodeSvg.of(TotpCodes.uri(ISSUER, user.email(), secret)));
	}

	@PostMapping
	String enable(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("enableForm") CodeForm form,
			BindingResult result, HttpSession session, HttpServletRequest request, Model model) {
		model.addAttribute("disableForm", new CodeForm());
		model.addAttribute("renewForm", new CodeForm());
		if (!(session.getAttribute(SECRET) instanceof String secret)) {
			return "redirect:" + PATH;
		}
		return Forms.submit(result, () -> view(user, session, model), () -> {
			model.addAttribute("codes", this.secondFactors.enable(user.id(), user.email(), secret, form.getCode(),
					request.getRemoteAddr()));
			session.removeAttribute(SECRET);
			return CODES;
		});
	}

	@PostMapping("/recovery-codes")
	String renewRecoveryCodes(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("renewForm") CodeForm form, BindingResult result, HttpSession session,
			HttpServletRequest request, Model model) {
		model.addAttribute("enableForm", new CodeForm());
		model.addAttribute("disableForm", new CodeForm());
		return Forms.submit(result, () -> view(user, session, model), () -> {
			model.addAttribute("codes", this.secondFactors.renewRecoveryCodes(user.id(), user.email(), form.getCode(),
					request.getRemoteAddr()));
			return CODES;
		});
	}

	@PostMapping("/delete")
	String disable(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("disableForm") CodeForm form,
			BindingResult result, HttpSession session, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("enableForm", new CodeForm());
		model.addAttribute("renewForm", new CodeForm());
		return Forms.submit(result, () -> view(user, session, model), () -> {
			this.secondFactors.disable(user.id(), user.email(), form.getCode(), request.getRemoteAddr());
			return Forms.done(redirect, "twoStep.disabled", "/account");
		});
	}

	private String view(CurrentUser user, HttpSession session, Model model) {
		var status = this.secondFactors.status(user.id());
		model.addAttribute("status", status.orElse(null));
		if (status.isEmpty()) {
			String secret = (session.getAttribute(SECRET) instanceof String kept) ? kept : TotpCodes.newSecret();
			session.setAttribute(SECRET, secret);
			model.addAttribute("secret", TotpCodes.grouped(secret));
		}
		return VIEW;
	}

}
