package org.smrdesk.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.smrdesk.user.User;

/**
 * A file kept as evidence of an incident, or of one entry of its timeline. Append-only
 * like the timeline: no setters, immutable for Hibernate, and the database refuses UPDATE
 * and DELETE. Lists read {@link ListedEvidence} rows, never the content; the content is
 * read for a download only.
 */
@Entity
@Immutable
@Table(name = "incident_attachments")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "entry_id")
	private TimelineEntry entry;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(nullable = false)
	private byte[] content;

	private byte[] thumbnail;

	private String description;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "uploaded_by_id")
	private User uploadedBy;

	@Column(name = "uploaded_by_name", nullable = false)
	private String uploadedByName;

	protected Attachment() {
	}

	Attachment(Incident incident, TimelineEntry entry, Evidence file, String description, Instant uploadedAt,
			User uploadedBy) {
		this.incident = incident;
		this.entry = entry;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.content().length;
		this.sha256 = file.sha256();
		this.content = file.content();
		this.thumbnail = file.thumbnail();
		this.description = description;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
		this.uploadedByName = uploadedBy.getDisplayName();
	}

	public Long getId() {
		return this.id;
	}

	public Incident getIncident() {
		return this.incident;
	}

	public TimelineEntry getEntry() {
		return this.entry;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public byte[] getContent() {
		return this.content;
	}

	public byte[] getThumbnail() {
		return this.thumbnail;
	}

	public String getDescription() {
		return this.description;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedByName() {
		return this.uploadedByName;
	}

}
