package org.smrdesk.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.MarkdownRenderer;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Policies: everyone reads the published ones and acknowledges those that apply to them;
 * the lead writes and maintains them; the lead and managers see who has acknowledged.
 */
@Controller
@RequestMapping("/policies")
@PreAuthorize("hasRole('LEAD')")
class PolicyController {

	private static final String FORM = "policies/form";

	private final PolicyService policies;

	private final PolicyEditor editor;

	private final PolicyVersionWorkflow workflow;

	private final AcknowledgementService acknowledgements;

	private final DepartmentService departments;

	private final MarkdownRenderer markdown;

	PolicyController(PolicyService policies, PolicyEditor editor, PolicyVersionWorkflow workflow,
			AcknowledgementService acknowledgements, DepartmentService departments, MarkdownRenderer markdown) {
		this.policies = policies;
		this.editor = editor;
		this.workflow = workflow;
		this.acknowledgements = acknowledgements;
		this.departments = departments;
		this.markdown = markdown;
	}

	@CachedPage
	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@ModelAttribute("criteria") PolicyCriteria criteria, @AuthenticationPrincipal CurrentUser reader,
			@SortableBy({ "title", "kind", "owner.displayName", "nextReviewOn" }) @PageableDefault(size = 25,
					sort = "title") Pageable pageable,
			Model model) {
		model.addAttribute("page", this.policies.search(criteria, reader, pageable));
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("kinds", PolicyKind.values());
		model.addAttribute("states",
				reader.isStaff() ? new VersionState[] { VersionState.PUBLISHED } : VersionState.values());
		return "policies/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
	ResponseEntity<byte[]> export(@ModelAttribute("criteria") PolicyCriteria criteria,
			@AuthenticationPrincipal CurrentUser reader,
			@SortableBy({ "title", "kind", "owner.displayName", "nextReviewOn" }) Sort sort) {
		// the rows come in the coverage's order (title, department)
		Set<Long> ids = this.policies.searchIds(criteria, reader);
		List<List<Object>> rows = new ArrayList<>();
		for (AcknowledgementService.Coverage coverage : this.acknowledgements.coverage(reader, null)) {
			if (ids.contains(coverage.policyId())) {
				for (AcknowledgementService.DepartmentCoverage line : coverage.departments()) {
					rows.add(List.of(coverage.title(), coverage.number(), line.name(), line.acknowledged(),
							line.expected(), line.percent()));
				}
			}
		}
		return CsvExport.of("policy-acknowledgements.csv",
				List.of("policy", "version", "department", "acknowledged", "expected", "percent"), rows);
	}

	@CachedPage
	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser reader, Model model) {
		Policy policy = this.policies.get(id, reader);
		List<PolicyVersion> versions = this.policies.versions(id, reader);
		PolicyVersion current = versions.stream()
			.filter((v) -> v.getState() == VersionState.PUBLISHED)
			.findFirst()
			.orElse(null);
		model.addAttribute("policy", policy);
		model.addAttribute("versions", versions);
		model.addAttribute("current", current);
		model.addAttribute("open", versions.stream().filter(PolicyVersion::isEditable).findFirst().orElse(null));
		model.addAttribute("due", this.policies.isDueForReview(policy));
		model.addAttribute("appliesToMe", reader.isStaff() && policy.appliesTo(reader.departmentId()));
		if (current != null) {
			model.addAttribute("bodyHtml", this.markdown.render(current.getBody()));
			model.addAttribute("acknowledgedAt",
					this.acknowledgements.acknowledgedAt(current.getId(), reader).orElse(null));
		}
		if (!reader.isStaff()) {
			model.addAttribute("coverage", this.acknowledgements.coverage(reader, id));
		}
		return "policies/show";
	}

	@PostMapping("/{id}/versions/{versionId}/acknowledge")
	@PreAuthorize("isAuthenticated()")
	String acknowledge(@PathVariable Long id, @PathVariable Long versionId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			boolean recorded = this.acknowledgements.acknowledge(id, versionId, user);
			redirect.addFlashAttribute("message", recorded ? "policy.acknowledged" : "policy.acknowledged.already");
		}
		catch (RuleException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/policies/" + id;
	}

	@CachedPage
	@GetMapping("/{id}/acknowledgements")
	@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
	String acknowledgements(@PathVariable Long id, @AuthenticationPrincipal CurrentUser reader,
			@SortableBy({}) @PageableDefault(size = 50) Pageable pageable, Model model) {
		Policy policy = this.policies.get(id, reader);
		model.addAttribute("policy", policy);
		List<AcknowledgementService.Coverage> coverage = this.acknowledgements.coverage(reader, id);
		model.addAttribute("coverage", coverage.isEmpty() ? null : coverage.get(0));
		model.addAttribute("page", coverage.isEmpty() ? Page.empty(pageable)
				: this.acknowledgements.people(reader, coverage.get(0).versionId(), pageable));
		return "policies/acknowledgements";
	}

	@CachedPage
	@GetMapping(path = "/{id}/acknowledgements", params = "format=csv")
	@PreAuthorize("hasAnyRole('LEAD', 'MANAGER')")
	ResponseEntity<byte[]> exportAcknowledgements(@PathVariable Long id, @AuthenticationPrincipal CurrentUser reader) {
		this.policies.get(id, reader);
		return CsvExport.of("policy-" + id + "-acknowledgements.csv",
				List.of("policy", "version", "name", "email", "department", "acknowledged_at"),
				this.acknowledgements.exportPeople(reader, id));
	}

	@CachedPage
	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new PolicyForm());
		return form(model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") PolicyForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
		if (form.getBody() == null || form.getBody().isBlank()) {
			result.rejectValue("body", "NotBlank");
		}
		return Forms.submit(result, () -> form(model), () -> {
			Policy policy = this.editor.create(form, actor);
			return Forms.done(redirect, "policy.created", "/policies/" + policy.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser actor, Model model) {
		model.addAttribute("form", new PolicyForm(this.policies.get(id, actor)));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") PolicyForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser actor, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			this.editor.update(id, form, actor);
			return Forms.done(redirect, "policy.updated", "/policies/" + id);
		});
	}

	@PostMapping("/{id}/reviewed")
	String markReviewed(@PathVariable Long id, @AuthenticationPrincipal CurrentUser actor,
			RedirectAttributes redirect) {
		this.editor.markReviewed(id, actor);
		redirect.addFlashAttribute("message", "policy.reviewed");
		return "redirect:/policies/" + id;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable Long id, @AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
		return Forms.act(redirect, "policy.retired", "/policies/" + id, () -> this.workflow.retire(id, actor));
	}

	private String form(Model model) {
		List<Department> all = this.departments.all();
		model.addAttribute("departments", all);
		model.addAttribute("kinds", PolicyKind.values());
		return FORM;
	}

}
