package org.smrdesk.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the lead sets in triage and consultation: severity, owner, the groups engaged, the
 * recommended and approved response, and the expected and actual community reaction.
 */
public class TriageForm {

	private Long version;

	@NotNull
	private Severity severity;

	private Long ownerId;

	private List<Long> departmentIds = new ArrayList<>();

	private Set<OutsideParty> parties = EnumSet.noneOf(OutsideParty.class);

	@Size(max = 5000)
	private String recommendedResponse;

	@Size(max = 5000)
	private String expectedReaction;

	@Size(max = 5000)
	private String approvedResponse;

	private Long approvedById;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime approvedAt;

	@Size(max = 5000)
	private String actualReaction;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime occurredAt;

	public TriageForm() {
	}

	TriageForm(Incident incident, ZoneId zone) {
		this.version = incident.getVersion();
		this.severity = incident.getSeverity();
		this.ownerId = (incident.getOwner() != null) ? incident.getOwner().getId() : null;
		this.departmentIds = new ArrayList<>(incident.getDepartments().stream().map((d) -> d.getId()).toList());
		this.parties = incident.getParties().isEmpty() ? EnumSet.noneOf(OutsideParty.class)
				: EnumSet.copyOf(incident.getParties());
		this.recommendedResponse = incident.getRecommendedResponse();
		this.expectedReaction = incident.getExpectedReaction();
		this.approvedResponse = incident.getApprovedResponse();
		this.approvedById = (incident.getApprovedBy() != null) ? incident.getApprovedBy().getId() : null;
		this.approvedAt = (incident.getApprovedAt() != null) ? LocalDateTime.ofInstant(incident.getApprovedAt(), zone)
				: null;
		this.actualReaction = incident.getActualReaction();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = departmentIds;
	}

	public Set<OutsideParty> getParties() {
		return this.parties;
	}

	public void setParties(Set<OutsideParty> parties) {
		this.parties = parties;
	}

	public String getRecommendedResponse() {
		return this.recommendedResponse;
	}

	public void setRecommendedResponse(String recommendedResponse) {
		this.recommendedResponse = recommendedResponse;
	}

	public String getExpectedReaction() {
		return this.expectedReaction;
	}

	public void setExpectedReaction(String expectedReaction) {
		this.expectedReaction = expectedReaction;
	}

	public String getApprovedResponse() {
		return this.approvedResponse;
	}

	public void setApprovedResponse(String approvedResponse) {
		this.approvedResponse = approvedResponse;
	}

	public Long getApprovedById() {
		return this.approvedById;
	}

	public void setApprovedById(Long approvedById) {
		this.approvedById = approvedById;
	}

	public LocalDateTime getApprovedAt() {
		return this.approvedAt;
	}

	public void setApprovedAt(LocalDateTime approvedAt) {
		this.approvedAt = approvedAt;
	}

	/**
	 * When triage began or the severity changed, if not now (an incident logged after the
	 * fact).
	 * @return the local date and time in the user's zone, or null for now
	 */
	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getActualReaction() {
		return this.actualReaction;
	}

	public void setActualReaction(String actualReaction) {
		this.actualReaction = actualReaction;
	}

}
