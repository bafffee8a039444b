package org.smrdesk.incident;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Forms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing a follow-up (done or dropped) from the owner's home page or the review; the
 * service checks that the user owns it or is the lead.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FollowUpController {

	private final FollowUpService followUps;

	FollowUpController(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@PostMapping("/follow-ups/{id}/close")
	String close(@PathVariable Long id, @RequestParam(required = false) FollowUpState state,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String back, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String path = (back != null && back.matches("^/incidents/\\d+/review$")) ? back + "#follow-ups" : "/";
		return Forms.act(redirect, "review.followUp.state.changed." + state, path,
				() -> this.followUps.close(id, state, note, version, user));
	}

}
