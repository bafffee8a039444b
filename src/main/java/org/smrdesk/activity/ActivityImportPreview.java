package org.smrdesk.activity;

import java.util.List;

import org.smrdesk.core.CsvImport;

/**
 * What the import would do.
 *
 * @param rows the first {@link ActivityImportService#SHOWN} data rows
 * @param rowCount how many data rows the file has
 * @param errors the first {@link ActivityImportService#SHOWN} problems, by line
 * @param errorCount how many problems the file has
 */
public record ActivityImportPreview(List<ActivityImportRow> rows, long rowCount, List<CsvImport.RowError> errors,
		long errorCount) {

	public boolean isValid() {
		return this.errorCount == 0;
	}

}
