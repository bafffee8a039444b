package org.smrdesk.incident;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.UserService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The post-incident review: the lead or a manager writes it and adds follow-ups; a
 * manager signs it off.
 */
@Controller
@RequestMapping("/incidents/{id}/review")
@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
class IncidentReviewController {

	private static final String VIEW = "incidents/review";

	private final IncidentService incidents;

	private final IncidentReviewService reviews;

	private final TimelineService timeline;

	private final UserService users;

	IncidentReviewController(IncidentService incidents, IncidentReviewService reviews, TimelineService timeline,
			UserService users) {
		this.incidents = incidents;
		this.reviews = reviews;
		this.timeline = timeline;
		this.users = users;
	}

	@ModelAttribute("followUpTypes")
	FollowUpType[] followUpTypes() {
		return FollowUpType.values();
	}

	@ModelAttribute("policies")
	List<org.smrdesk.policy.Policy> policies() {
		return this.reviews.policies();
	}

	@ModelAttribute("trainings")
	List<org.smrdesk.training.Training> trainings() {
		return this.reviews.trainings();
	}

	@GetMapping
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		IncidentReview review = this.reviews.find(id).orElse(null);
		model.addAttribute("form", (review != null) ? new ReviewForm(review) : new ReviewForm());
		FollowUpForm followUp = new FollowUpForm();
		followUp.setDueOn(this.incidents.today().plusDays(30));
		model.addAttribute("followUp", followUp);
		return view(id, user, model, review);
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	String write(@PathVariable Long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reviews.write(id, form, user);
				redirect.addFlashAttribute("message", "review.saved");
				return "redirect:/incidents/" + id + "/review";
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("conflict");
			}
			catch (RuleException ex) {
				result.reject(ex.getCode());
			}
		}
		model.addAttribute("followUp", new FollowUpForm());
		return view(id, user, model, this.reviews.find(id).orElse(null));
	}

	@PostMapping("/comments")
	String comment(@PathVariable Long id, @Valid @ModelAttribute("comment") ReviewCommentForm comment,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reviews.comment(id, comment.getBody(), user);
				redirect.addFlashAttribute("message", "review.comment.added");
				return "redirect:/incidents/" + id + "/review#comments";
			}
			catch (FieldException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
			catch (RuleException ex) {
				result.reject(ex.getCode());
				model.addAttribute("error", ex.getCode());
			}
		}
		IncidentReview review = this.reviews.find(id).orElse(null);
		model.addAttribute("form", (review != null) ? new ReviewForm(review) : new ReviewForm());
		model.addAttribute("followUp", new FollowUpForm());
		return view(id, user, model, review);
	}

	@PostMapping("/follow-ups")
	String addFollowUp(@PathVariable Long id, @Valid @ModelAttribute("followUp") FollowUpForm followUp,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.reviews.addFollowUp(id, followUp, user);
				redirect.addFlashAttribute("message", "review.followUp.added");
				return "redirect:/incidents/" + id + "/review#follow-ups";
			}
			catch (FieldException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
			catch (RuleException ex) {
				result.reject(ex.getCode());
			}
		}
		IncidentReview review = this.reviews.find(id).orElse(null);
		model.addAttribute("form", (review != null) ? new ReviewForm(review) : new ReviewForm());
		return view(id, user, model, review);
	}

	@PostMapping("/sign-off")
	@PreAuthorize("hasRole('MANAGER')")
	String signOff(@PathVariable Long id, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.reviews.signOff(id, version, user);
			redirect.addFlashAttribute("message", "review.signedOff");
			return "redirect:/incidents/" + id;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "review.conflict");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/incidents/" + id + "/review";
	}

	private String view(Long id, CurrentUser user, Model model, IncidentReview review) {
		Incident incident = this.incidents.get(id, user);
		model.addAttribute("incident", incident);
		model.addAttribute("review", review);
		model.addAttribute("milestones",
				this.timeline.milestones(incident, this.timeline.timeline(incident, TimelineFilter.NONE)));
		model.addAttribute("users", this.users.activeUsers());
		if (!model.containsAttribute("comment")) {
			model.addAttribute("comment", new ReviewCommentForm());
		}
		return VIEW;
	}

}
