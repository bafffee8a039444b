package org.smrdesk.channel;

import java.net.URI;

import jakarta.validation.Valid;
import org.smrdesk.channel.ChannelRequests.AccountRequest;
import org.smrdesk.channel.ChannelRequests.ServiceRequest;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The catalogue of social services (channels) and the company's accounts on them, read by
 * everyone signed in, as on the pages; the lead keeps the catalogue, and the lead or
 * staff (for their own department) the accounts.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class ChannelApiController {

	private final ChannelService channels;

	ChannelApiController(ChannelService channels) {
		this.channels = channels;
	}

	@GetMapping("/services")
	PagedModel<ServiceJson> services(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) ServiceKind kind, @RequestParam(required = false) ItStatus itStatus,
			@RequestParam(required = false) Assessment assessment,
			@SortableBy({ "name", "kind", "itStatus", "assessment" }) @PageableDefault(size = 25,
					sort = "name") Pageable pageable) {
		return new PagedModel<>(
				this.channels.searchServices(q, kind, itStatus, assessment, pageable).map(ServiceJson::of));
	}

	@GetMapping("/services/{id}")
	ResponseEntity<ServiceJson> service(@PathVariable Long id) {
		Channel channel = this.channels.getService(id);
		return ApiVersions.tagged(ServiceJson.of(channel), channel.getVersion());
	}

	@PostMapping("/services")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ServiceJson> createService(@Valid @RequestBody ServiceRequest request) {
		Channel channel = this.channels.createService(request.toForm(null));
		return ResponseEntity.created(URI.create("/api/v1/services/" + channel.getId()))
			.eTag(ApiVersions.etag(channel.getVersion()))
			.body(ServiceJson.of(channel));
	}

	@PutMapping("/services/{id}")
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<ServiceJson> updateService(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ServiceRequest request) {
		this.channels.updateService(id,
				request.toForm(ApiVersions.expected(ifMatch, this.channels.getService(id).getVersion())));
		return service(id);
	}

	@GetMapping("/accounts")
	PagedModel<AccountJson> accounts(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long service, @RequestParam(required = false) Long department,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) Long owner,
			@SortableBy({ "service.name", "handle", "department.name", "owner.displayName",
					"status" }) @PageableDefault(size = 25, sort = "service.name") Pageable pageable) {
		return new PagedModel<>(
				this.channels.searchAccounts(q, service, department, status, owner, pageable).map(AccountJson::of));
	}

	@GetMapping("/accounts/{id}")
	ResponseEntity<AccountJson> account(@PathVariable Long id) {
		Account account = this.channels.getAccount(id);
		return ApiVersions.tagged(AccountJson.of(account), account.getVersion());
	}

	/**
	 * Registers a company account: the lead for any department, staff for their own (as
	 * on the accounts page).
	 * @param request the account
	 * @param user who registers it
	 * @return the account with its {@code ETag}
	 */
	@PostMapping("/accounts")
	@PreAuthorize("hasAnyRole('STAFF', 'LEAD')")
	ResponseEntity<AccountJson> createAccount(@Valid @RequestBody AccountRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Account account = this.channels.getAccount(this.channels.createAccount(request.toForm(null), user).getId());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.getId()))
			.eTag(ApiVersions.etag(account.getVersion()))
			.body(AccountJson.of(account));
	}

	/**
	 * Changes a company account: the lead any, staff their department's (and only into
	 * their department).
	 * @param id the account
	 * @param ifMatch its {@code ETag} last read (required: none is a 428, a stale one a
	 * 412)
	 * @param request the account
	 * @param user who changes it
	 * @return the account with its new {@code ETag}
	 */
	@PutMapping("/accounts/{id}")
	@PreAuthorize("hasAnyRole('STAFF', 'LEAD')")
	ResponseEntity<AccountJson> updateAccount(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AccountRequest request, @AuthenticationPrincipal CurrentUser user) {
		this.channels.updateAccount(id,
				request.toForm(ApiVersions.expected(ifMatch, this.channels.getAccount(id).getVersion())), user);
		return account(id);
	}

	/**
	 * A social service of the catalogue with the IT department's assessment.
	 */
	record ServiceJson(Long id, String name, ServiceKind kind, String website, String audience, String businessImpact,
			String riskNotes, ItStatus itStatus, String itReasoning, Assessment assessment) {

		static ServiceJson of(Channel c) {
			return new ServiceJson(c.getId(), c.getName(), c.getKind(), c.getWebsite(), c.getAudience(),
					c.getBusinessImpact(), c.getRiskNotes(), c.getItStatus(), c.getItReasoning(), c.getAssessment());
		}

	}

	/**
	 * A company account on a service.
	 */
	record AccountJson(Long id, Long serviceId, String service, String handle, String url, Long departmentId,
			String department, Long ownerId, String owner, Long backupOwnerId, String backupOwner, AccountStatus status,
			String notes) {

		static AccountJson of(Account a) {
			return new AccountJson(a.getId(), a.getService().getId(), a.getService().getName(), a.getHandle(),
					a.getUrl(), (a.getDepartment() != null) ? a.getDepartment().getId() : null,
					(a.getDepartment() != null) ? a.getDepartment().getName() : null,
					(a.getOwner() != null) ? a.getOwner().getId() : null,
					(a.getOwner() != null) ? a.getOwner().getDisplayName() : null,
					(a.getBackupOwner() != null) ? a.getBackupOwner().getId() : null,
					(a.getBackupOwner() != null) ? a.getBackupOwner().getDisplayName() : null, a.getStatus(),
					a.getNotes());
		}

	}

}
