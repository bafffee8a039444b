package org.smrdesk.contact;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.smrdesk.core.ApiCursor;
import org.smrdesk.core.ApiPage;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts for other tools, under the pages' privacy rules (the service's): staff see the
 * contacts they own, those linked to their department's activities and shared ones (any
 * other is 404, as on the pages); the lead creates and changes them; interactions are
 * logged by those the contact's page lets log them.
 */
@RestController
@RequestMapping("/api/v1/contacts")
@PreAuthorize("isAuthenticated()")
class ContactApiController {

	/** The list's name in its cursors. */
	private static final String LIST = "contacts";

	private final ContactService contacts;

	private final InteractionService interactions;

	private final ContactPrivacyService privacy;

	private final ContactOrganisationSource organisations;

	ContactApiController(ContactService contacts, InteractionService interactions, ContactPrivacyService privacy,
			ContactOrganisationSource organisations) {
		this.contacts = contacts;
		this.interactions = interactions;
		this.privacy = privacy;
		this.organisations = organisations;
	}

	@CachedPage
	@GetMapping
	ApiPage<ContactJson> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) ContactKind kind, @RequestParam(required = false) RelationshipState state,
			@RequestParam(required = false) Long owner,
			@RequestParam(name = ApiCursor.PARAMETER, required = false) String cursor,
			@SortableBy({ "name", "kind", "outlet", "state" }) @PageableDefault(size = 25,
					sort = "name") Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		if (cursor != null) {
			return ApiPage
				.walk(LIST, cursor, pageable,
						(after, limit) -> this.contacts.walk(q, kind, state, owner, user, after, limit), Contact::getId)
				.map(ContactJson::of);
		}
		return ApiPage.of(this.contacts.search(q, kind, state, owner, user, pageable).map(ContactJson::of));
	}

	@CachedPage
	@GetMapping("/{id}")
	ResponseEntity<ContactJson> show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		Contact contact = this.contacts.getWithDetails(id, user);
		return ApiVersions.tagged(ContactJson.of(contact), contact.getVersion());
	}

	/**
	 * A contact's interactions, newest first, 20 a page (a contact the user may not see
	 * is 404).
	 * @param id the contact
	 * @param page the page, from 0
	 * @param user who asks
	 * @return the interactions
	 */
	@CachedPage
	@GetMapping("/{id}/interactions")
	PagedModel<InteractionJson> interactions(@PathVariable Long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user) {
		this.contacts.getWithDetails(id, user);
		return new PagedModel<>(this.interactions.timeline(id, page).map(InteractionJson::of));
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ContactJson> create(@Valid @RequestBody ContactRequest request,
			@RequestParam(defaultValue = "false") boolean saveAnyway, @AuthenticationPrincipal CurrentUser user) {
		// read back with its owner: the saved entity's owner is a proxy without a session
		Contact contact = this.contacts.getWithDetails(this.contacts.create(request.toForm(null, saveAnyway)).getId(),
				user);
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.getId()))
			.eTag(ApiVersions.etag(contact.getVersion()))
			.body(ContactJson.of(contact));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ContactJson> update(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@RequestParam(defaultValue = "false") boolean saveAnyway, @Valid @RequestBody ContactRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Contact current = this.contacts.get(id);
		this.contacts.update(id, request.toForm(ApiVersions.expected(ifMatch, current.getVersion()), saveAnyway));
		Contact updated = this.contacts.getWithDetails(id, user);
		return ApiVersions.tagged(ContactJson.of(updated), updated.getVersion());
	}

	@PostMapping("/{id}/interactions")
	ResponseEntity<InteractionJson> logInteraction(@PathVariable Long id, @Valid @RequestBody InteractionForm form,
			@AuthenticationPrincipal CurrentUser user) {
		Interaction interaction = this.interactions.logInteraction(id, form, user);
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + id + "/interactions"))
			.body(InteractionJson.of(interaction));
	}

	/**
	 * Everything held about a contact, as a data subject's access request answers it (the
	 * contact page's "Export"): its fields, interactions and linked activities and
	 * organisations. The export is recorded in the audit log.
	 * @param id the contact
	 * @param user the lead
	 * @return the data
	 */
	@GetMapping("/{id}/export")
	@PreAuthorize("hasRole('LEAD')")
	ContactExport exportData(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return this.privacy.export(id, user).withOrganisations(this.organisations.organisationsOf(id));
	}

	/**
	 * Erases a contact on request (the contact page's "Erase"): every personal field and
	 * the text of its interactions are removed, the record stays as a tombstone; the
	 * audit log records the erasure, never the values.
	 * @param id the contact
	 * @param ifMatch the {@code ETag} last read (a stale one answers 412)
	 * @param user the lead
	 * @return the erased contact with its new {@code ETag}
	 */
	@PostMapping("/{id}/erase")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ContactJson> erase(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		this.privacy.erase(id, ApiVersions.expected(ifMatch, this.contacts.get(id).getVersion()), user);
		return show(id, user);
	}

	@ExceptionHandler(DuplicateContactsException.class)
	ProblemDetail duplicates(DuplicateContactsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Likely duplicates exist; send the request again with ?saveAnyway=true to save all the same.");
		problem.setProperty("duplicates", ex.getDuplicates().stream().map(Contact::getId).toList());
		return problem;
	}

	/**
	 * A contact as other tools see it.
	 */
	record ContactJson(Long id, long version, ContactKind kind, String name, String outlet, String email,
			String handles, String links, String topics, RelationshipState state, Long ownerId, String owner,
			boolean shared, boolean doNotContact, String notes, String lawfulBasis, Instant erasedAt) {

		static ContactJson of(Contact c) {
			return new ContactJson(c.getId(), c.getVersion(), c.getKind(), c.getName(), c.getOutlet(), c.getEmail(),
					c.getHandles(), c.getLinks(), c.getTopics(), c.getState(),
					(c.getOwner() != null) ? c.getOwner().getId() : null,
					(c.getOwner() != null) ? c.getOwner().getDisplayName() : null, c.isShared(), c.isDoNotContact(),
					c.getNotes(), c.getLawfulBasis(), c.getErasedAt());
		}

	}

	/**
	 * An interaction with a contact.
	 */
	record InteractionJson(Long id, InteractionKind kind, LocalDate occurredOn, Long userId, String user,
			String summary, String outcome) {

		static InteractionJson of(Interaction i) {
			return new InteractionJson(i.getId(), i.getKind(), i.getOccurredOn(), i.getUser().getId(),
					i.getUser().getDisplayName(), i.getSummary(), i.getOutcome());
		}

	}

}
