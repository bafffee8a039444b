package org.smrdesk.user;

import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;
import org.smrdesk.core.pagecache.CachedPage;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration for the lead.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('LEAD')")
class UserController {

	private static final String FORM = "users/form";

	private final UserService users;

	private final UserAccounts accounts;

	private final DepartmentService departments;

	private final SecondFactorService secondFactors;

	UserController(UserService users, UserAccounts accounts, DepartmentService departments,
			SecondFactorService secondFactors) {
		this.users = users;
		this.accounts = accounts;
		this.departments = departments;
		this.secondFactors = secondFactors;
	}

	@ModelAttribute("departments")
	List<Department> departments() {
		return this.departments.all();
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Boolean active,
			@SortableBy({ "displayName", "email", "department.name", "role" }) @PageableDefault(size = 25,
					sort = "displayName") Pageable pageable,
			Model model) {
		model.addAttribute("page", this.users.search(q, department, active, pageable));
		return "users/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long department, @RequestParam(required = false) Boolean active,
			@SortableBy({ "displayName", "email", "department.name", "role" }) Sort sort) {
		return CsvExport.of("users.csv", List.of("name", "email", "department", "role", "active"),
				this.users.export(q, department, active, sort.isSorted() ? sort : Sort.by("displayName")));
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("user", this.users.get(id));
		model.addAttribute("twoStep", this.secondFactors.isEnabled(id));
		return "users/show";
	}

	@CachedPage
	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new UserForm());
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") UserForm form, BindingResult result,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> FORM, () -> {
			User user = this.accounts.create(form);
			return Forms.done(redirect, "user.created", "/users/" + user.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new UserForm(this.users.get(id)));
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> FORM, () -> {
			this.accounts.update(id, form);
			return Forms.done(redirect, "user.updated", "/users/" + id);
		});
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
		return Forms.act(redirect, "user.deactivated", "/users/" + id, () -> this.accounts.deactivate(id, actor));
	}

	/**
	 * Turns off a user's second factor (a lost phone): they sign in with their password
	 * and may set it up again. Recorded in the audit log with the lead as the actor.
	 */
	@PostMapping("/{id}/two-step/delete")
	String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
		User user = this.users.get(id);
		this.secondFactors.reset(id, user.getEmail());
		redirect.addFlashAttribute("message", "twoStep.reset");
		return "redirect:/users/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.activate(id);
		redirect.addFlashAttribute("message", "user.activated");
		return "redirect:/users/" + id;
	}

}
