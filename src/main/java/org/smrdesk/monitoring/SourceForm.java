package org.smrdesk.monitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the lead types to add or change a source.
 */
public class SourceForm {

	private Long id;

	private Long version;

	@NotNull
	private SourceKind kind = SourceKind.FEED;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 2000)
	@Pattern(regexp = "^https?://\\S+$")
	private String url;

	private Long ownerId;

	/** The owner's name as typed in the type-ahead field (see {@link Colleagues}). */
	@Size(max = 200)
	private String ownerName;

	private Long vendorId;

	@NotNull
	@Min(5)
	@Max(10080)
	private Integer pollIntervalMinutes = 60;

	public SourceForm() {
	}

	SourceForm(Source source) {
		this.id = source.getId();
		this.version = source.getVersion();
		this.kind = source.getKind();
		this.name = source.getName();
		this.url = source.getUrl();
		this.ownerId = (source.getOwner() != null) ? source.getOwner().getId() : null;
		this.ownerName = (source.getOwner() != null) ? source.getOwner().getDisplayName() : null;
		this.vendorId = (source.getVendor() != null) ? source.getVendor().getId() : null;
		this.pollIntervalMinutes = source.getPollIntervalMinutes();
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

	public SourceKind getKind() {
		return this.kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = ownerName;
	}

	public Long getVendorId() {
		return this.vendorId;
	}

	public void setVendorId(Long vendorId) {
		this.vendorId = vendorId;
	}

	public Integer getPollIntervalMinutes() {
		return this.pollIntervalMinutes;
	}

	public void setPollIntervalMinutes(Integer pollIntervalMinutes) {
		this.pollIntervalMinutes = pollIntervalMinutes;
	}

}
