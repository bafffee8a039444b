package org.smrdesk.responsibility;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.smrdesk.core.IncidentKind;

/**
 * A row of the matrix as the lead edits it: name, description, incident kind and one cell
 * per department (empty for none).
 */
public class ResponsibilityForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 2000)
	private String description;

	private IncidentKind incidentKind;

	private Map<Long, Raci> cells = new LinkedHashMap<>();

	public ResponsibilityForm() {
	}

	ResponsibilityForm(Responsibility responsibility, Map<Long, Raci> cells) {
		this.id = responsibility.getId();
		this.version = responsibility.getVersion();
		this.name = responsibility.getName();
		this.description = responsibility.getDescription();
		this.incidentKind = responsibility.getIncidentKind();
		this.cells = new LinkedHashMap<>(cells);
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public IncidentKind getIncidentKind() {
		return this.incidentKind;
	}

	public void setIncidentKind(IncidentKind incidentKind) {
		this.incidentKind = incidentKind;
	}

	public Map<Long, Raci> getCells() {
		return this.cells;
	}

	public void setCells(Map<Long, Raci> cells) {
		this.cells = cells;
	}

}
