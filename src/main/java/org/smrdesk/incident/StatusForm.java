package org.smrdesk.incident;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A status change a lead asks for: the new status, why, and when it happened if not now
 * (typed in the lead's zone).
 */
public class StatusForm {

	private IncidentStatus status;

	private Long version;

	@Size(max = 500)
	private String note;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime occurredAt;

	public IncidentStatus getStatus() {
		return this.status;
	}

	public void setStatus(IncidentStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

}
