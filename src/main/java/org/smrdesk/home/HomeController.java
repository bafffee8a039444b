package org.smrdesk.home;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.DashboardPeriod;
import org.smrdesk.core.HomePanel;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The home page: for the lead a dashboard, for managers reports, for staff "my work";
 * each made of the panels visible to the role. The lead and managers pick the period the
 * dashboard's figures are for ({@code ?period=month|quarter|year}, this year by default);
 * any other value is refused with 400.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

	private final HomeService home;

	HomeController(HomeService home) {
		this.home = home;
	}

	@CachedPage
	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String period, Model model) {
		DashboardPeriod selected = DashboardPeriod.parse(period)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such period"));
		model.addAttribute("period", selected);
		model.addAttribute("periods", DashboardPeriod.values());
		model.addAttribute("panels", this.home.panelsFor(user, selected));
		return "home/home";
	}

	/**
	 * A panel ready to render.
	 *
	 * @param template the template holding the fragment
	 * @param selector the fragment's name
	 * @param data what the fragment shows
	 */
	record ShownPanel(String template, String selector, Object data) {

		static ShownPanel of(HomePanel panel, Object data) {
			String[] parts = panel.fragment().split("::");
			return new ShownPanel(parts[0].trim(), parts[1].trim(), data);
		}

	}

}
