package org.smrdesk.channel;

import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.UserService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The company's accounts on social services (not to be confused with the signed-in user's
 * own account page): everyone reads; staff add and edit their department's, the lead all.
 */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("isAuthenticated()")
class CompanyAccountController {

	private static final String FORM = "company-accounts/form";

	private static final String CAN_WRITE = "hasAnyRole('STAFF', 'LEAD')";

	private final ChannelService channels;

	private final DepartmentService departments;

	private final UserService users;

	CompanyAccountController(ChannelService channels, DepartmentService departments, UserService users) {
		this.channels = channels;
		this.departments = departments;
		this.users = users;
	}

	@ModelAttribute("statuses")
	AccountStatus[] statuses() {
		return AccountStatus.values();
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long service,
			@RequestParam(required = false) Long department, @RequestParam(required = false) AccountStatus status,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) String ownerName,
			@SortableBy({ "service.name", "handle", "department.name", "owner.displayName",
					"status" }) @PageableDefault(size = 25, sort = "service.name") Pageable pageable,
			Model model) {
		// the owner filter is a type-ahead: the chosen id, or the first user whose name
		// starts with the text typed
		java.util.Optional<UserService.Person> person = this.users.person(owner, ownerName);
		model.addAttribute("page", this.channels.searchAccounts(q, service, department, status,
				person.map(UserService.Person::id).orElse(null), pageable));
		model.addAttribute("services", this.channels.allServices());
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("ownerId", person.map(UserService.Person::id).orElse(null));
		model.addAttribute("ownerName", person.map(UserService.Person::name).orElse(ownerName));
		return "company-accounts/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long service, @RequestParam(required = false) Long department,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) Long owner,
			@SortableBy({ "service.name", "handle", "department.name", "owner.displayName", "status" }) Sort sort) {
		Page<Account> all = this.channels.searchAccounts(q, service, department, status, owner,
				PageRequest.of(0, 100_000, sort.isSorted() ? sort : Sort.by("service.name", "handle")));
		return CsvExport.of("accounts.csv",
				List.of("service", "handle", "url", "department", "owner", "backup owner", "status", "notes"),
				all.map((a) -> List.<Object>of(a.getService().getName(), a.getHandle(),
						(a.getUrl() != null) ? a.getUrl() : "", a.getDepartment().getName(),
						a.getOwner().getDisplayName(),
						(a.getBackupOwner() != null) ? a.getBackupOwner().getDisplayName() : "", a.getStatus(),
						(a.getNotes() != null) ? a.getNotes() : ""))
					.getContent());
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Account account = this.channels.getAccount(id);
		model.addAttribute("account", account);
		model.addAttribute("canEdit", this.channels.canEdit(account, user));
		return "company-accounts/show";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize(CAN_WRITE)
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountForm form = new AccountForm();
		form.setDepartmentId(user.departmentId());
		form.setOwnerId(user.id());
		model.addAttribute("form", form);
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(CAN_WRITE)
	String processCreationForm(@Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(user, model), () -> {
			Account account = this.channels.createAccount(form, user);
			return Forms.done(redirect, "account.created", "/accounts/" + account.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize(CAN_WRITE)
	String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new AccountForm(editable(id, user)));
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(CAN_WRITE)
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		editable(id, user);
		return Forms.submit(result, () -> form(user, model), () -> {
			this.channels.updateAccount(id, form, user);
			return Forms.done(redirect, "account.updated", "/accounts/" + id);
		});
	}

	private Account editable(Long id, CurrentUser user) {
		Account account = this.channels.getAccount(id);
		if (!this.channels.canEdit(account, user)) {
			throw new AccessDeniedException("Account " + id + " belongs to another department");
		}
		return account;
	}

	private String form(CurrentUser user, Model model) {
		List<Department> choosable = user.isLead() ? this.departments.all()
				: this.departments.all().stream().filter((d) -> user.belongsTo(d.getId())).toList();
		model.addAttribute("services", this.channels.allServices());
		model.addAttribute("departments", choosable);
		return FORM;
	}

}
