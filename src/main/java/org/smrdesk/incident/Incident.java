package org.smrdesk.incident;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;

/**
 * A social media issue or crisis. Status and severity change only through
 * {@link IncidentWorkflow}, which writes the matching timeline entries.
 */
@Entity
@Table(name = "incidents")
public class Incident extends AuditableEntity {

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "service_id")
	private Channel service;

	@Column(name = "service_name")
	private String serviceName;

	private String link;

	@Column(name = "detected_at", nullable = false)
	private Instant detectedAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reported_by_id")
	private User reportedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncidentKind kind;

	@Column(name = "reported_severity", nullable = false)
	private Severity reportedSeverity;

	@Column(nullable = false)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncidentStatus status = IncidentStatus.REPORTED;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@ManyToMany
	@JoinTable(name = "incident_departments", joinColumns = @JoinColumn(name = "incident_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	@OrderBy("name")
	private Set<Department> departments = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "incident_parties", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "party")
	@Enumerated(EnumType.STRING)
	private Set<OutsideParty> parties = EnumSet.noneOf(OutsideParty.class);

	@Column(name = "recommended_response")
	private String recommendedResponse;

	@Column(name = "expected_reaction")
	private String expectedReaction;

	@Column(name = "approved_response")
	private String approvedResponse;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "approved_by_id")
	private User approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "actual_reaction")
	private String actualReaction;

	protected Incident() {
	}

	public Incident(String title, String summary, Instant detectedAt, User reportedBy, IncidentKind kind,
			Severity reportedSeverity) {
		this.title = title;
		this.summary = summary;
		this.detectedAt = detectedAt;
		this.reportedBy = reportedBy;
		this.kind = kind;
		this.reportedSeverity = reportedSeverity;
		this.severity = reportedSeverity;
	}

	/**
	 * Moves to another status; only {@link IncidentWorkflow} calls this, after checking
	 * the transition and with the timeline entry.
	 * @param target the new status
	 */
	void moveTo(IncidentStatus target) {
		this.status = target;
	}

	void changeSeverity(Severity severity) {
		this.severity = severity;
	}

	public boolean isCrisis() {
		return this.severity.isCrisis();
	}

	/**
	 * Whether a department is among the groups engaged.
	 * @param departmentId the department
	 * @return true when engaged
	 */
	public boolean engages(Long departmentId) {
		return departmentId != null && this.departments.stream().anyMatch((d) -> departmentId.equals(d.getId()));
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Channel getService() {
		return this.service;
	}

	public void setService(Channel service) {
		this.service = service;
	}

	/**
	 * Where it started, for display: the catalogue service's name, or the free-text name.
	 * @return the name, or null
	 */
	public String getWhere() {
		return (this.service != null) ? this.service.getName() : this.serviceName;
	}

	public String getServiceName() {
		return this.serviceName;
	}

	public void setServiceName(String serviceName) {
		this.serviceName = serviceName;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public Instant getDetectedAt() {
		return this.detectedAt;
	}

	public void setDetectedAt(Instant detectedAt) {
		this.detectedAt = detectedAt;
	}

	public User getReportedBy() {
		return this.reportedBy;
	}

	public IncidentKind getKind() {
		return this.kind;
	}

	public void setKind(IncidentKind kind) {
		this.kind = kind;
	}

	public Severity getReportedSeverity() {
		return this.reportedSeverity;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public IncidentStatus getStatus() {
		return this.status;
	}

	public User getOwner() {
		return this.owner;
	}

	public void setOwner(User owner) {
		this.owner = owner;
	}

	public Set<Department> getDepartments() {
		return this.departments;
	}

	public Set<OutsideParty> getParties() {
		return this.parties;
	}

	/**
	 * The outside parties in the enum's order, for display: the set Hibernate loads is a
	 * hash set of enum constants, whose order changes from one start of the JVM to the
	 * next.
	 * @return the parties, ordered
	 */
	public List<OutsideParty> getPartiesInOrder() {
		return this.parties.stream().sorted().toList();
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

	public User getApprovedBy() {
		return this.approvedBy;
	}

	public void setApprovedBy(User approvedBy) {
		this.approvedBy = approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public void setApprovedAt(Instant approvedAt) {
		this.approvedAt = approvedAt;
	}

	public String getActualReaction() {
		return this.actualReaction;
	}

	public void setActualReaction(String actualReaction) {
		this.actualReaction = actualReaction;
	}

}
