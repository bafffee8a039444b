package org.smrdesk.goal;

import jakarta.validation.Valid;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Manual data points (site traffic, inbound links, speaking engagements): managers read,
 * the lead enters one per metric and month (entering it again replaces it).
 */
@Controller
@RequestMapping("/goals/data-points")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class DataPointController {

	private final GoalService goals;

	DataPointController(GoalService goals) {
		this.goals = goals;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new DataPointForm());
		return page(model);
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	String record(@Valid @ModelAttribute("form") DataPointForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			this.goals.record(form, user);
			redirect.addFlashAttribute("message", "goal.dataPoint.recorded");
			return "redirect:/goals/data-points";
		}
		catch (FieldException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
			return page(model);
		}
	}

	private String page(Model model) {
		model.addAttribute("points", this.goals.dataPoints());
		model.addAttribute("manualMetrics", ManualMetric.VARIANTS);
		return "goals/data-points";
	}

}
