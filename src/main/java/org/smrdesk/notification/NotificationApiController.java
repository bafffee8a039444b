package org.smrdesk.notification;

import org.smrdesk.core.ApiPage;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.notification.InboxService.InboxItem;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own in-app notifications, as the bell and the notifications page show
 * them: newest first, optionally the unread ones only, the unread count, marking one or
 * all read. Nobody sees or marks another person's (404). Marking read is idempotent and
 * carries no version, so it takes no {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationApiController {

	private final InboxService inbox;

	NotificationApiController(InboxService inbox) {
		this.inbox = inbox;
	}

	/**
	 * A page of the caller's notifications, newest first.
	 * @param unread true for the unread ones only
	 * @param pageable the page
	 * @param user the caller
	 * @return the page
	 */
	@GetMapping
	ApiPage<InboxItem> list(@RequestParam(name = "unread", defaultValue = "false") boolean unread,
			@PageableDefault(size = 25) Pageable pageable, @AuthenticationPrincipal CurrentUser user) {
		return ApiPage.of(this.inbox.page(user, unread, pageable));
	}

	/**
	 * How many of the caller's notifications are unread, as the bell shows it.
	 * @param user the caller
	 * @return the count (counted up to 100)
	 */
	@GetMapping("/unread-count")
	UnreadCountJson unreadCount(@AuthenticationPrincipal CurrentUser user) {
		return new UnreadCountJson(this.inbox.unread(user));
	}

	/**
	 * One of the caller's notifications.
	 * @param id the notification
	 * @param user the caller
	 * @return the notification (404 when it is not the caller's)
	 */
	@GetMapping("/{id}")
	InboxItem show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.inbox.item(user, id);
	}

	/**
	 * Marks one of the caller's notifications read (again: no change).
	 * @param id the notification
	 * @param user the caller
	 * @return the notification (404 when it is not the caller's)
	 */
	@PostMapping("/{id}/read")
	InboxItem markRead(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.inbox.item(user, id);
		this.inbox.markRead(user, id);
		return this.inbox.item(user, id);
	}

	/**
	 * Marks all the caller's notifications read.
	 * @param user the caller
	 * @return how many were unread
	 */
	@PostMapping("/read-all")
	MarkedReadJson markAllRead(@AuthenticationPrincipal CurrentUser user) {
		return new MarkedReadJson(this.inbox.markAllRead(user));
	}

	/**
	 * The bell's number.
	 *
	 * @param unread how many notifications are unread (counted up to 100)
	 */
	record UnreadCountJson(int unread) {
	}

	/**
	 * The outcome of "mark all read".
	 *
	 * @param marked how many were unread and are read now
	 */
	record MarkedReadJson(int marked) {
	}

}
