package org.smrdesk.training;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.channel.ChannelService;
import org.smrdesk.core.Choices;
import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.policy.PolicyService;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.supplier.VendorService;
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
 * The training catalogue: everyone browses it, the lead plans it.
 */
@Controller
@RequestMapping("/trainings")
@PreAuthorize("isAuthenticated()")
class TrainingController {

	private static final String FORM = "trainings/form";

	private final TrainingService trainings;

	private final EnrolmentService enrolments;

	private final DepartmentService departments;

	private final ChannelService channels;

	private final PolicyService policies;

	private final VendorService vendors;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingController(TrainingService trainings, EnrolmentService enrolments, DepartmentService departments,
			ChannelService channels, PolicyService policies, VendorService vendors, TrainingSettings settings,
			Clock clock) {
		this.policies = policies;
		this.vendors = vendors;
		this.channels = channels;
		this.clock = clock;
		this.trainings = trainings;
		this.enrolments = enrolments;
		this.departments = departments;
		this.settings = settings;
	}

	@ModelAttribute("departments")
	List<Department> departments() {
		return this.departments.all();
	}

	@ModelAttribute("formats")
	TrainingFormat[] formats() {
		return TrainingFormat.values();
	}

	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return this.settings.zone();
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long department,
			@RequestParam(required = false) TrainingFormat mode, @RequestParam(required = false) Boolean required,
			@SortableBy({ "title", "topicKind", "format" }) @PageableDefault(size = 20,
					sort = "title") Pageable pageable,
			Model model) {
		model.addAttribute("page", this.trainings.search(q, department, mode, required, pageable));
		return "trainings/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long department, @RequestParam(required = false) TrainingFormat mode,
			@RequestParam(required = false) Boolean required,
			@SortableBy({ "title", "topicKind", "format" }) Sort sort) {
		return CsvExport.of("trainings.csv",
				List.of("title", "topic kind", "topic", "service", "format", "trainer", "audience", "required"),
				this.trainings.export(q, department, mode, required, sort.isSorted() ? sort : Sort.by("title")));
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Training training = this.trainings.get(id);
		List<TrainingSession> sessions = this.trainings.sessionsOf(id);
		model.addAttribute("training", training);
		model.addAttribute("sessions", sessions);
		model.addAttribute("seats", this.enrolments.seats(sessions, user.id()));
		model.addAttribute("now", this.clock.instant());
		return "trainings/show";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new TrainingForm());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") TrainingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			Training training = this.trainings.create(form);
			return Forms.done(redirect, "training.created", "/trainings/" + training.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new TrainingForm(this.trainings.get(id)));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") TrainingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, model, () -> new TrainingForm(this.trainings.get(id)), () -> form(model), () -> {
			this.trainings.update(id, form);
			return Forms.done(redirect, "training.updated", "/trainings/" + id);
		});
	}

	private String form(Model model) {
		model.addAttribute("topicKinds", TopicKind.values());
		model.addAttribute("services", this.channels.allServices());
		Choices.offer(model, "policies", this.policies.publishedChoices());
		Choices.offer(model, "vendors", this.vendors.search("", null, null, Choices.first("name")));
		return FORM;
	}

}
