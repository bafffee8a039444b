package org.smrdesk.training;

import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Training coverage per department, for the lead and managers.
 */
@Controller
@RequestMapping("/trainings/coverage")
@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
class CoverageController {

	private final CoverageService coverage;

	CoverageController(CoverageService coverage) {
		this.coverage = coverage;
	}

	@CachedPage
	@GetMapping
	String coverage(Model model) {
		model.addAttribute("lines", this.coverage.byDepartment());
		model.addAttribute("gaps", this.coverage.serviceGaps());
		model.addAttribute("gapMonths", CoverageService.GAP_MONTHS);
		return "trainings/coverage";
	}

	@CachedPage
	@GetMapping("/{departmentId}")
	String department(@PathVariable Long departmentId, Model model) {
		model.addAttribute("line", this.coverage.of(departmentId));
		return "trainings/coverage-department";
	}

}
