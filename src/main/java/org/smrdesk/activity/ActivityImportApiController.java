package org.smrdesk.activity;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.core.CurrentUser;

import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activity import for other tools, with the import page's rules
 * ({@link ActivityImportService}: the export's columns, staff only for their own
 * department, every row or none). The CSV is the request body ({@code text/csv}), read as
 * a stream row by row while it arrives, never held whole.
 */
@RestController
@PreAuthorize("hasAnyRole('STAFF', 'LEAD')")
class ActivityImportApiController {

	private static final String CSV = "text/csv";

	private final ActivityImportService imports;

	ActivityImportApiController(ActivityImportService imports) {
		this.imports = imports;
	}

	/**
	 * Imports (or with {@code dryRun=true} checks) a CSV file of activities.
	 * @param dryRun check only, save nothing
	 * @param request the request, whose body is the file
	 * @param user who imports
	 * @return the counts; a file with bad rows is a 422 problem detail listing them
	 */
	@PostMapping(path = "/api/v1/activities/import", consumes = { CSV, "text/plain" })
	@Operation(summary = "Import activities from CSV",
			description = "The body is the CSV file (`Content-Type: text/csv`, UTF-8) with the columns of the "
					+ "activities export (date, service, kind and title required; "
					+ "department, account, link, status, owner, reach, engagement, notes optional), read as a "
					+ "stream. Every row is imported or none: a file with problems answers 422 with `rowCount`, "
					+ "`errorCount` and `errors` (the first 100, each with its `line` and `reason`) and saves "
					+ "nothing. A file that is not CSV or lacks required columns is 422 with its `code` "
					+ "(`csv.invalid`, `csv.missingColumns`, `csv.tooManyRows`, `csv.unstorable`). "
					+ "`dryRun=true` checks without saving. STAFF import for their own department only.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = CSV, schema = @Schema(type = "string",
							example = "date,service,kind,title\n2026-11-30,Blog,POST,Winter launch\n"))))
	ResponseEntity<ImportResult> importCsv(
			@Parameter(description = "Check the file without saving") @RequestParam(
					defaultValue = "false") boolean dryRun,
			HttpServletRequest request, @AuthenticationPrincipal CurrentUser user) {
		InputStreamSource body = request::getInputStream;
		ActivityImportPreview preview = dryRun ? this.imports.preview(body, user) : this.imports.importAll(body, user);
		if (!preview.isValid()) {
			throw new RowsRefused(preview);
		}
		return ResponseEntity.ok(new ImportResult(preview.rowCount(), dryRun ? 0 : preview.rowCount(), dryRun));
	}

	@ExceptionHandler(RowsRefused.class)
	ProblemDetail refused(RowsRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.preview.errorCount() + " problem(s) in the file; nothing was imported.");
		problem.setProperty("code", "activity.import.invalidRows");
		problem.setProperty("rowCount", ex.preview.rowCount());
		problem.setProperty("errorCount", ex.preview.errorCount());
		problem.setProperty("errors", ex.preview.errors());
		return problem;
	}

	/**
	 * What an import did.
	 *
	 * @param rowCount the file's data rows
	 * @param imported how many were saved (0 for a dry run)
	 * @param dryRun whether it was only a check
	 */
	record ImportResult(long rowCount, long imported, boolean dryRun) {

	}

	/**
	 * A file with bad rows, answered as a problem detail listing them.
	 */
	static final class RowsRefused extends RuntimeException {

		private final transient ActivityImportPreview preview;

		RowsRefused(ActivityImportPreview preview) {
			super("rows refused", null, false, false);
			this.preview = preview;
		}

	}

}
