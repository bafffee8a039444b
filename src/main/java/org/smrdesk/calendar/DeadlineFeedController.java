package org.smrdesk.calendar;

import java.nio.charset.StandardCharsets;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.PublicUrls;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "My account" → deadline calendar: make the feed's secret URL (shown once, on the answer
 * to the POST itself, so it is never kept in a session or a redirect), replace it, revoke
 * it; and the feed itself, fetched by calendar apps with the secret alone.
 */
@Controller
class DeadlineFeedController {

	private static final String VIEW = "calendar/feed";

	private final DeadlineFeedService feeds;

	private final PublicUrls urls;

	DeadlineFeedController(DeadlineFeedService feeds, PublicUrls urls) {
		this.feeds = feeds;
		this.urls = urls;
	}

	@GetMapping("/account/calendar")
	@PreAuthorize("isAuthenticated()")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("calendarFeed", this.feeds.of(user).orElse(null));
		return VIEW;
	}

	@PostMapping("/account/calendar")
	@PreAuthorize("isAuthenticated()")
	String renew(@AuthenticationPrincipal CurrentUser user, Model model) {
		String token = this.feeds.renew(user);
		model.addAttribute("newFeedUrl", this.urls
			.absolute(UriComponentsBuilder.fromPath("/calendar/feed/{token}.ics").buildAndExpand(token).toUriString()));
		model.addAttribute("calendarFeed", this.feeds.of(user).orElse(null));
		return VIEW;
	}

	@PostMapping("/account/calendar/revoke")
	@PreAuthorize("isAuthenticated()")
	String revoke(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean revoked = this.feeds.revoke(user);
		redirect.addFlashAttribute(revoked ? "message" : "error",
				revoked ? "calendarFeed.revoked" : "calendarFeed.none");
		return "redirect:/account/calendar";
	}

	/**
	 * The feed calendar apps subscribe to. Security lets a request through without a
	 * session only when its secret is valid ({@link DeadlineFeedSecurityConfiguration}).
	 */
	@GetMapping("/calendar/feed/{token}.ics")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> feed(@PathVariable String token) {
		String body = this.feeds.feed(token).orElseThrow(() -> new NotFoundException("CalendarFeed", "token"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("deadlines.ics", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

}
