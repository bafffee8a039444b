package org.smrdesk.contact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user types to log an interaction with a contact.
 */
public class InteractionForm {

	@NotNull
	private InteractionKind kind;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private Long userId;

	@NotBlank
	@Size(max = 4000)
	private String summary;

	@Size(max = 2000)
	private String outcome;

	public InteractionKind getKind() {
		return this.kind;
	}

	public void setKind(InteractionKind kind) {
		this.kind = kind;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}
