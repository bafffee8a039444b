package org.smrdesk.activity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.smrdesk.channel.Account;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.UserService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.SortDefault;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activity log: everyone reads; staff log and change their own department's
 * activities (the service refuses others), the lead all; managers read.
 */
@Controller
@RequestMapping("/activities")
@PreAuthorize("isAuthenticated()")
class ActivityController {

	private static final String FORM = "activities/form";

	private static final String IMPORT = "activities/import";

	private static final String CAN_WRITE = "hasAnyRole('STAFF', 'LEAD')";

	/**
	 * The largest file (bytes) a preview carries to its confirm form: sent back
	 * URL-encoded (up to three times longer), it stays under the 2 MB form limit.
	 */
	static final int CARRY_LIMIT = 600_000;

	private final ActivityService activities;

	private final ActivityImportService imports;

	private final ChannelService channels;

	private final DepartmentService departments;

	private final UserService users;

	private final ObjectProvider<ActivityLinkSource> linkSources;

	ActivityController(ActivityService activities, ActivityImportService imports, ChannelService channels,
			DepartmentService departments, UserService users, ObjectProvider<ActivityLinkSource> linkSources) {
		this.activities = activities;
		this.imports = imports;
		this.channels = channels;
		this.departments = departments;
		this.users = users;
		this.linkSources = linkSources;
	}

	@ModelAttribute("kinds")
	ActivityKind[] kinds() {
		return ActivityKind.values();
	}

	@ModelAttribute("statuses")
	ActivityStatus[] statuses() {
		return ActivityStatus.values();
	}

	@CachedPage
	@GetMapping
	String list(@ModelAttribute("filter") ActivityFilter filter,
			@SortableBy({ "activityDate", "title", "department.name", "service.name", "kind", "owner.displayName",
					"status" }) @PageableDefault(
							size = 25) @SortDefault.SortDefaults({
									@SortDefault(sort = "activityDate", direction = Sort.Direction.DESC),
									@SortDefault(sort = "id", direction = Sort.Direction.DESC) }) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		ownerOf(filter, model);
		model.addAttribute("page", this.activities.search(filter, pageable));
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("services", this.channels.allServices());
		if (user.isLead() || user.isStaff()) {
			model.addAttribute("quick",
					ActivityForm.withDefaults(this.activities.today(), user.departmentId(), user.id()));
		}
		return "activities/list";
	}

	/**
	 * The owner filter is a type-ahead: the chosen id, or the first user whose name
	 * starts with the text typed (without JavaScript); the field shows who it is.
	 */
	private void ownerOf(ActivityFilter filter, Model model) {
		Optional<UserService.Person> owner = this.users.person(filter.getOwner(), filter.getOwnerName());
		filter.setOwner(owner.map(UserService.Person::id).orElse(null));
		model.addAttribute("ownerName", owner.map(UserService.Person::name).orElse(filter.getOwnerName()));
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	void export(
			@ModelAttribute("filter") ActivityFilter filter, @SortableBy({ "activityDate", "title", "department.name",
					"service.name", "kind", "owner.displayName", "status" }) Sort sort,
			HttpServletResponse response) throws IOException {
		Optional<UserService.Person> owner = this.users.person(filter.getOwner(), filter.getOwnerName());
		filter.setOwner(owner.map(UserService.Person::id).orElse(null));
		Sort order = sort.isSorted() ? sort : Sort.by(Sort.Order.desc("activityDate"), Sort.Order.desc("id"));
		CsvExport.stream(response, "activities.csv", ActivityImportService.COLUMNS,
				(rows) -> this.activities.export(filter, order, rows));
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Activity activity = this.activities.get(id);
		model.addAttribute("activity", activity);
		model.addAttribute("canEdit", this.activities.canEdit(activity, user));
		model.addAttribute("links", linksOf(id, user));
		return "activities/show";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize(CAN_WRITE)
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", ActivityForm.withDefaults(this.activities.today(), user.departmentId(), user.id()));
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(CAN_WRITE)
	String processCreationForm(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(user, model), () -> {
			Activity activity = this.activities.create(form, user);
			return Forms.done(redirect, "activity.created", "/activities/" + activity.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize(CAN_WRITE)
	String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new ActivityForm(this.activities.getForEdit(id, user)));
		return form(user, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(CAN_WRITE)
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.activities.getForEdit(id, user);
		return Forms.submit(result, () -> form(user, model), () -> {
			this.activities.update(id, form, user);
			return Forms.done(redirect, "activity.updated", "/activities/" + id);
		});
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(CAN_WRITE)
	String delete(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.activities.delete(id, user);
		redirect.addFlashAttribute("message", "activity.deleted");
		return "redirect:/activities";
	}

	@CachedPage
	@GetMapping("/import")
	@PreAuthorize(CAN_WRITE)
	String initImport(Model model) {
		model.addAttribute("columns", ActivityImportService.COLUMNS);
		return IMPORT;
	}

	@PostMapping("/import")
	@PreAuthorize(CAN_WRITE)
	String processImport(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("columns", ActivityImportService.COLUMNS);
		boolean uploaded = file != null && !file.isEmpty();
		if (!uploaded && (csv == null || csv.isBlank())) {
			model.addAttribute("importError", "activity.import.noFile");
			return IMPORT;
		}
		// an upload is streamed from its temporary file, never read whole into memory
		InputStreamSource source = uploaded ? file : new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8));
		try {
			ActivityImportPreview preview = confirm ? this.imports.importAll(source, user)
					: this.imports.preview(source, user);
			if (confirm && preview.isValid()) {
				redirect.addFlashAttribute("message", "activity.imported");
				return "redirect:/activities";
			}
			model.addAttribute("preview", preview);
			// a good file is sent back with the confirm form, unless too large for a
			// form:
			// then it is chosen again to confirm (uploads have no form limit)
			model.addAttribute("csv", (!preview.isValid()) ? null : uploaded ? carried(file) : csv);
			return IMPORT;
		}
		catch (RuleException ex) {
			model.addAttribute("importError", ex.getCode());
			model.addAttribute("importErrorArgs", ex.getArguments());
			return IMPORT;
		}
	}

	private static String carried(MultipartFile file) throws IOException {
		return (file.getSize() <= CARRY_LIMIT) ? new String(file.getBytes(), StandardCharsets.UTF_8) : null;
	}

	private String form(CurrentUser user, Model model) {
		List<Department> choosable = user.isLead() ? this.departments.all()
				: this.departments.all().stream().filter((d) -> user.belongsTo(d.getId())).toList();
		List<Channel> services = this.channels.allServices();
		List<Account> accounts = this.channels.allAccounts();
		if (!user.isLead()) {
			// staff choose only their department's accounts (the service checks it too,
			// and the owner, a type-ahead: fragments/lookup :: colleague); the account
			// already in the form stays choosable
			Long accountId = (model.getAttribute("form") instanceof ActivityForm form) ? form.getAccountId() : null;
			accounts = accounts.stream()
				.filter((a) -> user.belongsTo(a.getDepartment().getId()) || a.getId().equals(accountId))
				.toList();
		}
		model.addAttribute("departments", choosable);
		model.addAttribute("services", services);
		model.addAttribute("accounts", accounts);
		return FORM;
	}

	/**
	 * What other features link to an activity (contacts reached, supporting vendors), one
	 * query per source; like the home panels, the sources are collected where they are
	 * shown.
	 * @param activityId the activity
	 * @param viewer who is looking
	 * @return the non-empty sections
	 */
	private List<ActivityLinkSource.Section> linksOf(Long activityId, CurrentUser viewer) {
		return this.linkSources.orderedStream()
			.map((source) -> new ActivityLinkSource.Section(source.headingKey(), source.linksFor(activityId, viewer)))
			.filter((section) -> !section.links().isEmpty())
			.toList();
	}

}
