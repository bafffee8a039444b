package org.smrdesk.policy;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.MarkdownRenderer;
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
 * The versions of a policy: the lead drafts, reviews and publishes them; everyone reads
 * and compares the published ones.
 */
@Controller
@RequestMapping("/policies/{policyId}")
@PreAuthorize("hasRole('LEAD')")
class PolicyVersionController {

	private static final String FORM = "policies/version-form";

	private final PolicyService policies;

	private final PolicyVersionWorkflow workflow;

	private final MarkdownRenderer markdown;

	PolicyVersionController(PolicyService policies, PolicyVersionWorkflow workflow, MarkdownRenderer markdown) {
		this.policies = policies;
		this.workflow = workflow;
		this.markdown = markdown;
	}

	@CachedPage
	@GetMapping("/versions/{versionId}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long policyId, @PathVariable Long versionId, @AuthenticationPrincipal CurrentUser reader,
			Model model) {
		PolicyVersion version = this.policies.version(policyId, versionId, reader);
		model.addAttribute("version", version);
		model.addAttribute("policy", version.getPolicy());
		model.addAttribute("bodyHtml", this.markdown.render(version.getBody()));
		model.addAttribute("previous",
				this.policies.versions(policyId, reader)
					.stream()
					.filter((v) -> v.getNumber() < version.getNumber())
					.findFirst()
					.orElse(null));
		return "policies/version";
	}

	@CachedPage
	@GetMapping("/diff")
	@PreAuthorize("isAuthenticated()")
	String diff(@PathVariable Long policyId, @RequestParam Long from, @RequestParam Long to,
			@AuthenticationPrincipal CurrentUser reader, Model model) {
		VersionDiff diff = this.policies.diff(policyId, from, to, reader);
		model.addAttribute("diff", diff);
		model.addAttribute("policy", diff.to().getPolicy());
		model.addAttribute("versions", this.policies.versions(policyId, reader));
		return "policies/diff";
	}

	@PostMapping("/versions")
	String startNewDraft(@PathVariable Long policyId, @AuthenticationPrincipal CurrentUser actor) {
		PolicyVersion draft = this.policies.startNewDraft(policyId, null, actor);
		return "redirect:/policies/" + policyId + "/versions/" + draft.getId() + "/edit";
	}

	@CachedPage
	@GetMapping("/versions/{versionId}/edit")
	String initUpdateForm(@PathVariable Long policyId, @PathVariable Long versionId,
			@AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
		PolicyVersion version = this.policies.version(policyId, versionId, actor);
		if (!version.isEditable()) {
			redirect.addFlashAttribute("error", "policy.version.immutable");
			return "redirect:/policies/" + policyId + "/versions/" + versionId;
		}
		model.addAttribute("form", new VersionForm(version));
		model.addAttribute("policyVersion", version);
		return FORM;
	}

	@PostMapping("/versions/{id}/edit")
	String processUpdateForm(@PathVariable Long policyId, @PathVariable("id") Long versionId,
			@Valid @ModelAttribute("form") VersionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
		model.addAttribute("policyVersion", this.policies.version(policyId, versionId, actor));
		return Forms.submit(result, () -> FORM, () -> {
			this.workflow.revise(policyId, versionId, form, actor);
			return Forms.done(redirect, "policy.version.saved", "/policies/" + policyId + "/versions/" + versionId);
		});
	}

	@PostMapping("/versions/{versionId}/submit")
	String submit(@PathVariable Long policyId, @PathVariable Long versionId, @AuthenticationPrincipal CurrentUser actor,
			RedirectAttributes redirect) {
		return transition(policyId, versionId, redirect, "policy.version.submitted",
				() -> this.workflow.submitForReview(policyId, versionId, actor));
	}

	@PostMapping("/versions/{versionId}/return")
	String returnToDraft(@PathVariable Long policyId, @PathVariable Long versionId,
			@AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
		return transition(policyId, versionId, redirect, "policy.version.returned",
				() -> this.workflow.returnToDraft(policyId, versionId, actor));
	}

	@PostMapping("/versions/{versionId}/publish")
	String publish(@PathVariable Long policyId, @PathVariable Long versionId,
			@AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
		return transition(policyId, versionId, redirect, "policy.version.published",
				() -> this.workflow.publish(policyId, versionId, actor));
	}

	private String transition(Long policyId, Long versionId, RedirectAttributes redirect, String message,
			Runnable action) {
		return Forms.act(redirect, message, "/policies/" + policyId + "/versions/" + versionId, action);
	}

}
