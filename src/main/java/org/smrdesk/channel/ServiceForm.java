package org.smrdesk.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the lead types to add or edit a service of the catalogue.
 */
public class ServiceForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotNull
	private ServiceKind kind;

	@Size(max = 500)
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{URL}")
	private String website;

	@Size(max = 2000)
	private String audience;

	@Size(max = 4000)
	private String businessImpact;

	@Size(max = 4000)
	private String riskNotes;

	@NotNull
	private ItStatus itStatus = ItStatus.UNDER_REVIEW;

	@Size(max = 4000)
	private String itReasoning;

	private Long itContactId;

	@NotNull
	private Assessment assessment = Assessment.SPOTTED;

	public ServiceForm() {
	}

	ServiceForm(Channel service) {
		this.id = service.getId();
		this.version = service.getVersion();
		this.name = service.getName();
		this.kind = service.getKind();
		this.website = service.getWebsite();
		this.audience = service.getAudience();
		this.businessImpact = service.getBusinessImpact();
		this.riskNotes = service.getRiskNotes();
		this.itStatus = service.getItStatus();
		this.itReasoning = service.getItReasoning();
		this.itContactId = (service.getItContact() != null) ? service.getItContact().getId() : null;
		this.assessment = service.getAssessment();
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ServiceKind getKind() {
		return this.kind;
	}

	public void setKind(ServiceKind kind) {
		this.kind = kind;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getAudience() {
		return this.audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getBusinessImpact() {
		return this.businessImpact;
	}

	public void setBusinessImpact(String businessImpact) {
		this.businessImpact = businessImpact;
	}

	public String getRiskNotes() {
		return this.riskNotes;
	}

	public void setRiskNotes(String riskNotes) {
		this.riskNotes = riskNotes;
	}

	public ItStatus getItStatus() {
		return this.itStatus;
	}

	public void setItStatus(ItStatus itStatus) {
		this.itStatus = itStatus;
	}

	public String getItReasoning() {
		return this.itReasoning;
	}

	public void setItReasoning(String itReasoning) {
		this.itReasoning = itReasoning;
	}

	public Long getItContactId() {
		return this.itContactId;
	}

	public void setItContactId(Long itContactId) {
		this.itContactId = itContactId;
	}

	public Assessment getAssessment() {
		return this.assessment;
	}

	public void setAssessment(Assessment assessment) {
		this.assessment = assessment;
	}

}
