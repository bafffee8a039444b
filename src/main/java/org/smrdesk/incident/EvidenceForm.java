package org.smrdesk.incident;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file to attach as evidence, what it shows, and the timeline entry it documents (none:
 * the incident).
 */
public class EvidenceForm {

	private MultipartFile file;

	@Size(max = 2000)
	private String description;

	private Long entryId;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getEntryId() {
		return this.entryId;
	}

	public void setEntryId(Long entryId) {
		this.entryId = entryId;
	}

}
