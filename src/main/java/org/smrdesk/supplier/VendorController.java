package org.smrdesk.supplier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.smrdesk.contact.VendorContacts;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vendors: the register, a vendor's page with contract, people and ratings, the lead's
 * forms, and the renewals list. Costs only for managers and the lead.
 */
@Controller
@RequestMapping("/vendors")
@PreAuthorize("isAuthenticated()")
class VendorController {

	private static final String FORM = "vendors/form";

	/** How many vendor contacts the "add a person" type-ahead offers. */
	static final int PEOPLE_OFFERED = 15;

	private final VendorService vendors;

	private final VendorContacts people;

	private final Clock clock;

	VendorController(VendorService vendors, VendorContacts people, Clock clock) {
		this.vendors = vendors;
		this.people = people;
		this.clock = clock;
	}

	@ModelAttribute("kinds")
	VendorKind[] kinds() {
		return VendorKind.values();
	}

	@ModelAttribute("statuses")
	VendorStatus[] statuses() {
		return VendorStatus.values();
	}

	@ModelAttribute("canSeeCosts")
	boolean canSeeCosts(@AuthenticationPrincipal CurrentUser user) {
		return VendorService.canSeeCosts(user);
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) VendorKind kind,
			@RequestParam(required = false) VendorStatus status,
			@SortableBy(value = { "name", "kind", "status", "renewalDate" },
					overseers = "annualCost") @PageableDefault(size = 25, sort = "name") Pageable pageable,
			Model model) {
		model.addAttribute("page", this.vendors.search(q, kind, status, pageable));
		return "vendors/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) VendorKind kind, @RequestParam(required = false) VendorStatus status,
			@SortableBy(value = { "name", "kind", "status", "renewalDate" }, overseers = "annualCost") Sort sort,
			@AuthenticationPrincipal CurrentUser user) {
		boolean costs = VendorService.canSeeCosts(user);
		Page<Vendor> all = this.vendors.search(q, kind, status,
				PageRequest.of(0, 100_000, sort.isSorted() ? sort : Sort.by("name")));
		List<String> header = new ArrayList<>(List.of("name", "kind", "status", "services", "website", "contract_start",
				"contract_end", "renewal_date", "notice_days", "notice_deadline"));
		if (costs) {
			header.addAll(List.of("annual_cost", "currency"));
		}
		header.add("primary_contact");
		return CsvExport.of("vendors.csv", header, all.map((v) -> {
			List<Object> row = new ArrayList<>(Arrays.asList(v.getName(), v.getKind(), v.getStatus(), v.getServices(),
					v.getWebsite(), v.getContractStart(), v.getContractEnd(), v.getRenewalDate(), v.getNoticeDays(),
					v.getNoticeDeadline()));
			if (costs) {
				row.add(v.getAnnualCost());
				row.add(v.getCurrency());
			}
			row.add((v.getPrimaryContact() != null) ? v.getPrimaryContact().getEmail() : null);
			return row;
		}).getContent());
	}

	@CachedPage
	@GetMapping("/renewals")
	String renewals(Model model) {
		model.addAttribute("renewals", this.vendors.renewals());
		model.addAttribute("windowDays", VendorService.RENEWAL_WINDOW_DAYS);
		return "vendors/renewals";
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String activityQuery,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.isLead() && activityQuery != null && !activityQuery.isBlank()) {
			model.addAttribute("activityResults", this.vendors.findActivities(activityQuery));
		}
		if (!model.containsAttribute("ratingForm")) {
			RatingForm rating = new RatingForm();
			rating.setRatedOn(LocalDate.now(this.clock));
			model.addAttribute("ratingForm", rating);
		}
		Vendor vendor = this.vendors.getWithDetails(id);
		List<VendorRating> ratings = this.vendors.ratings(id);
		model.addAttribute("vendor", vendor);
		model.addAttribute("ratings", ratings);
		model.addAttribute("average", VendorService.average(ratings));
		return "vendors/show";
	}

	@PostMapping("/{id}/ratings")
	@PreAuthorize("hasRole('LEAD')")
	String rate(@PathVariable Long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(id, null, user, model);
		}
		this.vendors.rate(id, form);
		redirect.addFlashAttribute("message", "vendor.rated");
		return "redirect:/vendors/" + id;
	}

	@PostMapping("/{id}/activities")
	@PreAuthorize("hasRole('LEAD')")
	String linkActivity(@PathVariable Long id, @RequestParam(required = false) Long activityId,
			RedirectAttributes redirect) {
		this.vendors.get(id);
		return Forms.act(redirect, "vendor.activity.linked", "/vendors/" + id, () -> FieldException
			.whenMissing("activityId", "vendor.activity.unknown", () -> this.vendors.linkActivity(id, activityId)));
	}

	@PostMapping("/{id}/activities/{activityId}/delete")
	@PreAuthorize("hasRole('LEAD')")
	String unlinkActivity(@PathVariable Long id, @PathVariable Long activityId, RedirectAttributes redirect) {
		this.vendors.unlinkActivity(id, activityId);
		redirect.addFlashAttribute("message", "vendor.activity.unlinked");
		return "redirect:/vendors/" + id;
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new VendorForm());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") VendorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			Vendor vendor = this.vendors.create(form);
			return Forms.done(redirect, "vendor.created", "/vendors/" + vendor.getId());
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new VendorForm(this.vendors.getWithDetails(id)));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") VendorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, model, () -> new VendorForm(this.vendors.getWithDetails(id)), () -> form(model),
				() -> {
					this.vendors.update(id, form);
					return Forms.done(redirect, "vendor.updated", "/vendors/" + id);
				});
	}

	/**
	 * The vendor form's "add a person" type-ahead: a few vendor contacts whose name
	 * contains what was typed.
	 * @param q the text
	 * @return id and name of each, by name
	 */
	@GetMapping(path = "/people/lookup", produces = "application/json")
	@PreAuthorize("hasRole('LEAD')")
	@ResponseBody
	List<VendorContacts.Person> peopleLookup(@RequestParam(defaultValue = "") String q) {
		return this.people.lookup(q, PEOPLE_OFFERED);
	}

	private String form(Model model) {
		// the vendor's people as chosen, not every vendor contact: others are added by
		// name
		VendorForm form = (VendorForm) model.getAttribute("form");
		model.addAttribute("people", this.people.people((form != null) ? form.getContactIds() : List.of()));
		model.addAttribute("services", this.vendors.services());
		model.addAttribute("accounts", this.vendors.accounts());
		return FORM;
	}

}
