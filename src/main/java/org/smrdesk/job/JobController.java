package org.smrdesk.job;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The background jobs, for the lead.
 */
@Controller
@RequestMapping("/jobs")
@PreAuthorize("hasRole('LEAD')")
class JobController {

	private final JobOverview overview;

	JobController(JobOverview overview) {
		this.overview = overview;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", this.overview.rows());
		return "jobs/list";
	}

}
