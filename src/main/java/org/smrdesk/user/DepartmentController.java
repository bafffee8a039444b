package org.smrdesk.user;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * Departments: everyone signed in reads them, the lead edits them.
 */
@Controller
@RequestMapping("/departments")
@PreAuthorize("hasRole('LEAD')")
class DepartmentController {

	private static final String FORM = "departments/form";

	private final DepartmentService departments;

	DepartmentController(DepartmentService departments) {
		this.departments = departments;
	}

	@CachedPage
	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("userCounts", this.departments.activeUserCounts());
		return "departments/list";
	}

	@CachedPage
	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new DepartmentForm());
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> FORM, () -> {
			this.departments.create(form);
			return Forms.done(redirect, "department.created", "/departments");
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new DepartmentForm(this.departments.get(id)));
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") DepartmentForm form,
			BindingResult result, RedirectAttributes redirect) {
		return Forms.submit(result, () -> FORM, () -> {
			this.departments.update(id, form);
			return Forms.done(redirect, "department.updated", "/departments");
		});
	}

}
