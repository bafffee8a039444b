package org.smrdesk.incident;

/**
 * A file that passed the checks of {@link EvidenceInspector}, ready to be kept.
 *
 * @param fileName the sanitised file name
 * @param contentType the type detected from the content
 * @param content the bytes
 * @param sha256 their SHA-256, hex
 * @param thumbnail a small PNG for images, or null
 */
record Evidence(String fileName, String contentType, byte[] content, String sha256, byte[] thumbnail) {

}
