package org.smrdesk.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the API takes to create or change a service of the catalogue or a company account:
 * the page forms' fields without their id or version (from {@code If-Match}).
 */
final class ChannelRequests {

	private ChannelRequests() {
	}

	/**
	 * A social service of the catalogue (the lead).
	 *
	 * @param name its name (unique)
	 * @param kind what sort of service
	 * @param website its address
	 * @param audience who uses it
	 * @param businessImpact what it means for the company
	 * @param riskNotes its risks
	 * @param itStatus the IT department's verdict (default under review)
	 * @param itReasoning why
	 * @param itContactId who in IT assessed it
	 * @param assessment how far the company has come with it (default spotted; it moves
	 * forward only)
	 */
	@Schema(example = """
			{"name": "Mastodon", "kind": "MICROBLOG", "website": "https://joinmastodon.org",
			 "audience": "Developers and privacy-minded customers", "itStatus": "APPROVED", "assessment": "SPOTTED"}""")
	record ServiceRequest(@NotBlank @Size(max = 120) String name, @NotNull ServiceKind kind,
			@Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String website, @Size(max = 2000) String audience,
			@Size(max = 4000) String businessImpact, @Size(max = 4000) String riskNotes, ItStatus itStatus,
			@Size(max = 4000) String itReasoning, Long itContactId, Assessment assessment) {

		ServiceForm toForm(Long version) {
			ServiceForm form = new ServiceForm();
			form.setVersion(version);
			form.setName(this.name);
			form.setKind(this.kind);
			form.setWebsite(this.website);
			form.setAudience(this.audience);
			form.setBusinessImpact(this.businessImpact);
			form.setRiskNotes(this.riskNotes);
			if (this.itStatus != null) {
				form.setItStatus(this.itStatus);
			}
			form.setItReasoning(this.itReasoning);
			form.setItContactId(this.itContactId);
			if (this.assessment != null) {
				form.setAssessment(this.assessment);
			}
			return form;
		}

	}

	/**
	 * A company account on a service (the lead, or staff for their own department).
	 *
	 * @param serviceId the service
	 * @param handle the account's handle (unique on the service)
	 * @param url its address
	 * @param departmentId the department that runs it
	 * @param ownerId who runs it
	 * @param backupOwnerId who stands in
	 * @param status active, dormant or retired (default active)
	 * @param notes notes
	 */
	@Schema(example = """
			{"serviceId": 4, "handle": "@example", "url": "https://mastodon.example/@example", "departmentId": 2,
			 "ownerId": 12, "status": "ACTIVE"}""")
	record AccountRequest(@NotNull Long serviceId, @NotBlank @Size(max = 200) String handle,
			@Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String url, @NotNull Long departmentId,
			@NotNull Long ownerId, Long backupOwnerId, AccountStatus status, @Size(max = 4000) String notes) {

		AccountForm toForm(Long version) {
			AccountForm form = new AccountForm();
			form.setVersion(version);
			form.setServiceId(this.serviceId);
			form.setHandle(this.handle);
			form.setUrl(this.url);
			form.setDepartmentId(this.departmentId);
			form.setOwnerId(this.ownerId);
			form.setBackupOwnerId(this.backupOwnerId);
			if (this.status != null) {
				form.setStatus(this.status);
			}
			form.setNotes(this.notes);
			return form;
		}

	}

}
