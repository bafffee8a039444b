package org.smrdesk.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The text of a draft (or a version in review) and what changed.
 */
public class VersionForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 100_000)
	private String body;

	@NotBlank
	@Size(max = 300)
	private String changeSummary;

	public VersionForm() {
	}

	VersionForm(PolicyVersion policyVersion) {
		this.id = policyVersion.getId();
		this.version = policyVersion.getVersion();
		this.body = policyVersion.getBody();
		this.changeSummary = policyVersion.getChangeSummary();
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

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getChangeSummary() {
		return this.changeSummary;
	}

	public void setChangeSummary(String changeSummary) {
		this.changeSummary = changeSummary;
	}

}
