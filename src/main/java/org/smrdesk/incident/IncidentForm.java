package org.smrdesk.incident;

import org.smrdesk.core.IncidentKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a reporter types to report an incident, and a lead to correct its facts.
 */
public class IncidentForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 5000)
	private String summary;

	private Long serviceId;

	@Size(max = 200)
	private String serviceName;

	@Size(max = 1000)
	@Pattern(regexp = "^$|^https?://\\S+$")
	private String link;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime detectedAt;

	@NotNull
	private IncidentKind kind;

	@NotNull
	private Severity severity = Severity.MODERATE;

	public IncidentForm() {
	}

	IncidentForm(Incident incident, ZoneId zone) {
		this.id = incident.getId();
		this.version = incident.getVersion();
		this.title = incident.getTitle();
		this.summary = incident.getSummary();
		this.serviceId = (incident.getService() != null) ? incident.getService().getId() : null;
		this.serviceName = incident.getServiceName();
		this.link = incident.getLink();
		this.detectedAt = LocalDateTime.ofInstant(incident.getDetectedAt(), zone);
		this.kind = incident.getKind();
		this.severity = incident.getReportedSeverity();
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

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
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

	public LocalDateTime getDetectedAt() {
		return this.detectedAt;
	}

	public void setDetectedAt(LocalDateTime detectedAt) {
		this.detectedAt = detectedAt;
	}

	public IncidentKind getKind() {
		return this.kind;
	}

	public void setKind(IncidentKind kind) {
		this.kind = kind;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

}
