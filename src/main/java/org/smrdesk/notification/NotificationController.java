package org.smrdesk.notification;

import org.smrdesk.core.CurrentUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
 * The bell and the list of my notifications: everyone sees and marks only their own.
 */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationController {

	private final InboxService inbox;

	NotificationController(InboxService inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "unread", defaultValue = "false") boolean unread,
			@PageableDefault(size = 25) Pageable pageable, Model model) {
		model.addAttribute("page", this.inbox.page(user, unread, pageable));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("unreadCount", this.inbox.unread(user));
		return "notifications/list";
	}

	/** The bell's badge, for htmx (loaded with the page, refreshed once a minute). */
	@GetMapping("/bell")
	String bell(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unreadCount", this.inbox.unread(user));
		return "notifications/bell :: badge";
	}

	@PostMapping("/{id}/read")
	String read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		String link = this.inbox.markRead(user, id);
		return "redirect:"
				+ ((link != null && link.startsWith("/") && !link.startsWith("//")) ? link : "/notifications");
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.inbox.markAllRead(user);
		redirect.addFlashAttribute("message", "notification.allRead");
		return "redirect:/notifications";
	}

}
