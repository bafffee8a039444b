package org.smrdesk.incident;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.smrdesk.core.Choices;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Forms;
import org.smrdesk.core.pagecache.CachedPage;

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

	IncidentReviewController(IncidentService incidents, IncidentReviewService reviews, TimelineService timeline) {
		this.incidents = incidents;
		this.reviews = reviews;
		this.timeline = timeline;
	}

	@ModelAttribute("followUpTypes")
	FollowUpType[] followUpTypes() {
		return FollowUpType.values();
	}

	@ModelAttribute
	void choices(Model model) {
		Choices.offer(model, "policies", this.reviews.policies());
		Choices.offer(model, "trainings", this.reviews.trainings());
	}

	@CachedPage
	@GetMapping
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		IncidentReview review = this.reviews.find(id).orElse(null);
		model.addAttribute("form", reviewForm(review));
		FollowUpForm followUp = new FollowUpForm();
		followUp.setDueOn(this.incidents.today().plusDays(30));
		model.addAttribute("followUp", followUp);
		return view(id, user, model, review);
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	String write(@PathVariable Long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, model, () -> reviewForm(this.reviews.find(id).orElse(null)), () -> {
			model.addAttribute("followUp", new FollowUpForm());
			return view(id, user, model, this.reviews.find(id).orElse(null));
		}, () -> {
			this.reviews.write(id, form, user);
			return Forms.done(redirect, "review.saved", "/incidents/" + id + "/review");
		});
	}

	@PostMapping("/comments")
	String comment(@PathVariable Long id, @Valid @ModelAttribute("comment") ReviewCommentForm comment,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			IncidentReview review = this.reviews.find(id).orElse(null);
			model.addAttribute("form", reviewForm(review));
			model.addAttribute("followUp", new FollowUpForm());
			return view(id, user, model, review);
		}, () -> {
			this.reviews.comment(id, comment.getBody(), user);
			return Forms.done(redirect, "review.comment.added", "/incidents/" + id + "/review#comments");
		});
	}

	@PostMapping("/follow-ups")
	String addFollowUp(@PathVariable Long id, @Valid @ModelAttribute("followUp") FollowUpForm followUp,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			IncidentReview review = this.reviews.find(id).orElse(null);
			model.addAttribute("form", reviewForm(review));
			return view(id, user, model, review);
		}, () -> {
			this.reviews.addFollowUp(id, followUp, user);
			return Forms.done(redirect, "review.followUp.added", "/incidents/" + id + "/review#follow-ups");
		});
	}

	@PostMapping("/sign-off")
	@PreAuthorize("hasRole('MANAGER')")
	String signOff(@PathVariable Long id, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return Forms.act(redirect, "review.signedOff", "/incidents/" + id,
				() -> this.reviews.signOff(id, version, user));
	}

	private static ReviewForm reviewForm(IncidentReview review) {
		return (review != null) ? new ReviewForm(review) : new ReviewForm();
	}

	private String view(Long id, CurrentUser user, Model model, IncidentReview review) {
		Incident incident = this.incidents.get(id, user);
		model.addAttribute("incident", incident);
		model.addAttribute("review", review);
		model.addAttribute("milestones", this.timeline.milestones(incident));
		if (!model.containsAttribute("comment")) {
			model.addAttribute("comment", new ReviewCommentForm());
		}
		return VIEW;
	}

}
