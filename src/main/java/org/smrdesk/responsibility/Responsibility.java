package org.smrdesk.responsibility;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.core.IncidentKind;

/**
 * A row of the matrix: something some department must do in social media (monitor
 * mentions, answer customer questions, crisis response, ...).
 */
@Entity
@Table(name = "responsibilities")
public class Responsibility extends AuditableEntity {

	@Column(nullable = false)
	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "incident_kind")
	private IncidentKind incidentKind;

	@Column(nullable = false)
	private int position;

	protected Responsibility() {
	}

	public Responsibility(String name, int position) {
		this.name = name;
		this.position = position;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	/**
	 * The incident kind this responsibility answers (complaint, criticism, ...), if any.
	 * @return the kind or null
	 */
	public IncidentKind getIncidentKind() {
		return this.incidentKind;
	}

	public void setIncidentKind(IncidentKind incidentKind) {
		this.incidentKind = incidentKind;
	}

	public int getPosition() {
		return this.position;
	}

}
