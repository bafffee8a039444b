package org.smrdesk.channel;

import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of social services (channels) and the company's accounts on them, read by
 * everyone signed in, as on the pages.
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
