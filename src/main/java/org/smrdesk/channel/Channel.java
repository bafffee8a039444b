package org.smrdesk.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.User;

/**
 * A social medium the company knows about: what it is, what it means for the business,
 * what IT says about it, and whether the company adopted it.
 */
@Entity
@Table(name = "social_services")
public class Channel extends AuditableEntity {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ServiceKind kind;

	private String website;

	private String audience;

	@Column(name = "business_impact")
	private String businessImpact;

	@Column(name = "risk_notes")
	private String riskNotes;

	@Enumerated(EnumType.STRING)
	@Column(name = "it_status", nullable = false)
	private ItStatus itStatus = ItStatus.UNDER_REVIEW;

	@Column(name = "it_reasoning")
	private String itReasoning;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "it_contact_id")
	private User itContact;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Assessment assessment = Assessment.SPOTTED;

	protected Channel() {
	}

	public Channel(String name, ServiceKind kind) {
		this.name = name;
		this.kind = kind;
	}

	/**
	 * Moves the assessment on.
	 * @param next the new state
	 * @throws RuleException {@code service.assessment.transition} when not allowed
	 */
	public void assess(Assessment next) {
		if (!this.assessment.canMoveTo(next)) {
			throw new RuleException("service.assessment.transition");
		}
		this.assessment = next;
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

	public User getItContact() {
		return this.itContact;
	}

	public void setItContact(User itContact) {
		this.itContact = itContact;
	}

	public Assessment getAssessment() {
		return this.assessment;
	}

}
