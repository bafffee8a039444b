package org.smrdesk.activity;

import java.time.LocalDate;

/**
 * A row as read, for the preview table.
 *
 * @param line its line in the file
 * @param form the activity it becomes
 * @param date its date
 * @param department its department's name
 * @param service its service's name
 * @param kind its kind as written
 * @param title its title
 * @param owner its owner's name
 */
public record ActivityImportRow(long line, ActivityForm form, LocalDate date, String department, String service,
		String kind, String title, String owner) {
}
