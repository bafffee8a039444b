package org.smrdesk.monitoring;

import org.smrdesk.core.Forms;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RuleException;
import org.smrdesk.incident.Incident;

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
 * The monitoring page: spike alerts (snooze, to incident), volume by day, query and
 * source, and failing sources.
 */
@Controller
@RequestMapping("/monitoring")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class MonitoringController {

	private final AlertService alerts;

	private final VolumeService volume;

	private final MonitoringService monitoring;

	MonitoringController(AlertService alerts, VolumeService volume, MonitoringService monitoring) {
		this.alerts = alerts;
		this.volume = volume;
		this.monitoring = monitoring;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("alerts", this.alerts.latest(20));
		model.addAttribute("volume", this.volume.volume(90));
		model.addAttribute("failing", this.monitoring.unhealthySources(20));
		return "monitoring/overview";
	}

	@PostMapping("/alerts/{id}/snooze")
	@PreAuthorize("hasRole('LEAD')")
	String snooze(@PathVariable Long id, @RequestParam(defaultValue = "7") int days,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return Forms.act(redirect, "monitoring.alert.snoozed", "/monitoring",
				() -> this.alerts.snooze(id, days, reason));
	}

	@PostMapping("/alerts/{id}/incident")
	@PreAuthorize("hasRole('LEAD')")
	String toIncident(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			Incident incident = this.alerts.toIncident(id, user);
			redirect.addFlashAttribute("message", "monitoring.alert.escalated");
			return "redirect:/incidents/" + incident.getId();
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
			return "redirect:/monitoring";
		}
	}

}
