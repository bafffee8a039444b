package org.smrdesk.directory;

import java.util.List;

/**
 * One answer of a {@link DirectorySource}: who or what, where to read more, and whom to
 * call.
 *
 * @param title the name shown
 * @param url the page of the record (an application path), or null
 * @param detail one line of context (kind, outlet, topic), or null
 * @param contacts the people to call, as display text ("Mika Marketing · mika@...")
 */
public record DirectoryEntry(String title, String url, String detail, List<String> contacts) {
}
