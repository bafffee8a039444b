package org.smrdesk.training;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.PublicUrls;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "My trainings": a person's sessions to come and past, and their personal calendar feed.
 */
@Controller
class MyTrainingsController {

	private final EnrolmentService enrolments;

	private final CalendarFeedService feeds;

	private final TrainingSettings settings;

	private final PublicUrls publicUrls;

	MyTrainingsController(EnrolmentService enrolments, CalendarFeedService feeds, TrainingSettings settings,
			PublicUrls publicUrls) {
		this.enrolments = enrolments;
		this.feeds = feeds;
		this.settings = settings;
		this.publicUrls = publicUrls;
	}

	@CachedPage
	@GetMapping("/trainings/mine")
	@PreAuthorize("isAuthenticated()")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("upcoming", this.enrolments.upcomingOf(user.id()));
		model.addAttribute("past", this.enrolments.pastOf(user.id()));
		model.addAttribute("zone", this.settings.zone());
		model.addAttribute("calendarFeed", this.feeds.of(user.id()).orElse(null));
		return "trainings/mine";
	}

	/**
	 * Makes a new feed address, replacing the old one, and shows it once: on the answer
	 * to this POST, so it is never kept in a session or a redirect.
	 * @param user the owner
	 * @param model the page
	 * @return "My trainings" with the new address
	 */
	@PostMapping("/trainings/mine/feed")
	@PreAuthorize("isAuthenticated()")
	String renewFeed(@AuthenticationPrincipal CurrentUser user, Model model) {
		String token = this.feeds.renew(user.id());
		model.addAttribute("newFeedUrl", this.publicUrls.absolute(
				UriComponentsBuilder.fromPath("/trainings/feed/{token}.ics").buildAndExpand(token).toUriString()));
		return mine(user, model);
	}

	/**
	 * The feed calendar apps subscribe to. Security lets a request through without a
	 * session only when its token is valid ({@link CalendarFeedSecurityConfiguration}).
	 */
	@GetMapping("/trainings/feed/{token}.ics")
	@PreAuthorize("permitAll()")
	ResponseEntity<String> feed(@PathVariable String token) {
		return TrainingSessionController.ics("trainings.ics", this.feeds.feed(token));
	}

}
