package org.smrdesk.core;

/**
 * A file sent with a notice's e-mail (the report's PDF): stored with the mail in the
 * outbox, so every attempt sends the same bytes.
 *
 * @param filename the file name shown to the recipient
 * @param contentType its media type
 * @param content the bytes
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

}
