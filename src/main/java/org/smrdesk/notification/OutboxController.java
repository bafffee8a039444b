package org.smrdesk.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead's view of the e-mail outbox: queued, sent, failed with the reason; a failed
 * mail can be queued again.
 */
@Controller
@RequestMapping("/notifications/outbox")
@PreAuthorize("hasRole('LEAD')")
class OutboxController {

	private final OutboxService outbox;

	OutboxController(OutboxService outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String list(@RequestParam(name = "status", required = false) OutboxStatus status,
			@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("page", this.outbox.page(status, pageable));
		model.addAttribute("status", status);
		model.addAttribute("statuses", OutboxStatus.values());
		model.addAttribute("configured", this.outbox.isConfigured());
		return "notifications/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", this.outbox.get(id));
		return "notifications/outbox-mail";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.get(id);
		boolean retried = this.outbox.retry(id);
		redirect.addFlashAttribute(retried ? "message" : "error", retried ? "outbox.retried" : "outbox.notFailed");
		return "redirect:/notifications/outbox/" + id;
	}

}
