package org.smrdesk.incident;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.RuleException;

import org.springframework.dao.OptimisticLockingFailureException;
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
		try {
			this.followUps.close(id, state, note, version, user);
			redirect.addFlashAttribute("message", "review.followUp.state.changed." + state);
		}
		catch (FieldException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "review.conflict");
		}
		return "redirect:" + ((back != null && back.matches("^/incidents/\\d+/review$")) ? back + "#follow-ups" : "/");
	}

}
