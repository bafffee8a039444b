package org.smrdesk.contact;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.smrdesk.core.FieldException;
import org.smrdesk.core.Forms;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RecordLinkSource;
import org.smrdesk.user.UserService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * Contacts: the list, a contact's page with its timeline, the lead's forms, logging
 * interactions, CSV export, and the privacy actions (export, erase). The CSV import is
 * {@link ContactImportController}.
 */
@Controller
@RequestMapping("/contacts")
@PreAuthorize("isAuthenticated()")
class ContactController {

	private static final String FORM = "contacts/form";

	private static final String INTERACTION_FORM = "contacts/interaction";

	private final ContactService contacts;

	private final ContactActivityService contactActivities;

	private final InteractionService interactions;

	private final ContactPrivacyService privacy;

	private final UserService users;

	private final ContactOrganisationSource organisations;

	private final Clock clock;

	private final ContactCsv csv;

	private final ObjectProvider<RecordLinkSource> linkSources;

	ContactController(ContactService contacts, ContactActivityService contactActivities,
			InteractionService interactions, ContactPrivacyService privacy, UserService users,
			ContactOrganisationSource organisations, Clock clock, ObjectProvider<RecordLinkSource> linkSources,
			ContactCsv csv) {
		this.csv = csv;
		this.contacts = contacts;
		this.contactActivities = contactActivities;
		this.interactions = interactions;
		this.privacy = privacy;
		this.users = users;
		this.organisations = organisations;
		this.clock = clock;
		this.linkSources = linkSources;
	}

	@ModelAttribute("kinds")
	ContactKind[] kinds() {
		return ContactKind.values();
	}

	@ModelAttribute("states")
	RelationshipState[] states() {
		return RelationshipState.values();
	}

	@CachedPage
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) ContactKind kind,
			@RequestParam(required = false) RelationshipState state, @RequestParam(required = false) Long owner,
			@RequestParam(required = false) String ownerName,
			@SortableBy({ "name", "kind", "outlet", "state" }) @PageableDefault(size = 25,
					sort = "name") Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		// the owner filter is a type-ahead: the chosen id, or the first user whose name
		// starts with the text typed
		java.util.Optional<UserService.Person> person = this.users.person(owner, ownerName);
		model.addAttribute("page",
				this.contacts.search(q, kind, state, person.map(UserService.Person::id).orElse(null), user, pageable));
		model.addAttribute("ownerId", person.map(UserService.Person::id).orElse(null));
		model.addAttribute("ownerName", person.map(UserService.Person::name).orElse(ownerName));
		return "contacts/list";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) ContactKind kind,
			@RequestParam(required = false) RelationshipState state, @RequestParam(required = false) Long owner,
			@SortableBy({ "name", "kind", "outlet", "state" }) Sort sort, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		Sort order = sort.isSorted() ? sort : Sort.by("name");
		CsvExport.stream(response, "contacts.csv", ContactCsv.HEADER,
				(rows) -> this.csv.write(q, kind, state, owner, user, order, rows));
	}

	@CachedPage
	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String activityQuery,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		Contact contact = this.contacts.getWithDetails(id, user);
		model.addAttribute("contact", contact);
		if (user.isLead() && activityQuery != null && !activityQuery.isBlank()) {
			model.addAttribute("activityResults", this.contactActivities.findActivities(activityQuery));
		}
		model.addAttribute("timeline", this.interactions.timeline(id, page));
		model.addAttribute("canLog", this.interactions.canLog(contact, user) && !contact.isErased());
		model.addAttribute("vendors", this.organisations.organisationsOf(id));
		model.addAttribute("recordLinks", RecordLinkSource.sections(this.linkSources.orderedStream().toList(),
				RecordLinkSource.CONTACT, id, user));
		return "contacts/show";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new ContactForm());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			try {
				Contact contact = this.contacts.create(form);
				return Forms.done(redirect, "contact.created", "/contacts/" + contact.getId());
			}
			catch (DuplicateContactsException ex) {
				model.addAttribute("duplicates", ex.getDuplicates());
				return form(model);
			}
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		Contact contact = this.contacts.get(id);
		if (contact.isErased()) {
			redirect.addFlashAttribute("error", "contact.erased");
			return "redirect:/contacts/" + id;
		}
		model.addAttribute("form", new ContactForm(contact));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			try {
				this.contacts.update(id, form);
				return Forms.done(redirect, "contact.updated", "/contacts/" + id);
			}
			catch (DuplicateContactsException ex) {
				model.addAttribute("duplicates", ex.getDuplicates());
				return form(model);
			}
		});
	}

	@CachedPage
	@GetMapping("/{id}/interactions/new")
	String initInteractionForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Contact contact = checkCanLog(id, user);
		InteractionForm form = new InteractionForm();
		form.setOccurredOn(LocalDate.now(this.clock));
		form.setUserId(user.id());
		model.addAttribute("form", form);
		return interactionForm(contact, user, model);
	}

	@PostMapping("/{id}/interactions/new")
	String processInteractionForm(@PathVariable Long id, @Valid @ModelAttribute("form") InteractionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Contact contact = checkCanLog(id, user);
		return Forms.submit(result, () -> interactionForm(contact, user, model), () -> {
			this.interactions.logInteraction(id, form, user);
			return Forms.done(redirect, "interaction.created", "/contacts/" + id);
		});
	}

	@PostMapping("/{id}/activities")
	@PreAuthorize("hasRole('LEAD')")
	String linkActivity(@PathVariable Long id, @RequestParam(required = false) Long activityId,
			RedirectAttributes redirect) {
		this.contacts.get(id);
		return Forms.act(redirect, "contact.activity.linked", "/contacts/" + id,
				() -> FieldException.whenMissing("activityId", "contact.activity.unknown",
						() -> this.contactActivities.linkActivity(id, activityId)));
	}

	@PostMapping("/{id}/activities/{activityId}/delete")
	@PreAuthorize("hasRole('LEAD')")
	String unlinkActivity(@PathVariable Long id, @PathVariable Long activityId, RedirectAttributes redirect) {
		this.contactActivities.unlinkActivity(id, activityId);
		redirect.addFlashAttribute("message", "contact.activity.unlinked");
		return "redirect:/contacts/" + id;
	}

	@GetMapping("/{id}/export")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ContactExport> exportData(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		ContactExport data = this.privacy.export(id, user).withOrganisations(this.organisations.organisationsOf(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contact-" + id + ".json").build().toString())
			.body(data);
	}

	@PostMapping("/{id}/erase")
	@PreAuthorize("hasRole('LEAD')")
	String erase(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.privacy.erase(id, user);
		redirect.addFlashAttribute("message", "contact.erasedDone");
		return "redirect:/contacts/" + id;
	}

	private Contact checkCanLog(Long id, CurrentUser user) {
		Contact contact = this.contacts.get(id);
		if (!this.interactions.canLog(contact, user)) {
			throw new org.springframework.security.access.AccessDeniedException("Not the contact's owner");
		}
		return contact;
	}

	private String interactionForm(Contact contact, CurrentUser user, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("interactionKinds", InteractionKind.values());
		model.addAttribute("chooseColleague", user.isLead());
		return INTERACTION_FORM;
	}

	private String form(Model model) {
		return FORM;
	}

}
