package org.smrdesk.incident;

import java.time.Instant;

/**
 * One piece of evidence as lists show it.
 */
public interface ListedEvidence {

	Long getId();

	Long getEntryId();

	String getFileName();

	String getContentType();

	long getSizeBytes();

	String getSha256();

	boolean getHasThumbnail();

	String getDescription();

	Instant getUploadedAt();

	String getUploadedByName();

	default boolean isImage() {
		return getContentType().startsWith("image/");
	}

	/**
	 * The size for people: bytes, KB or MB.
	 * @return the size
	 */
	default String getSize() {
		long bytes = getSizeBytes();
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes + 512) / 1024 + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
