package org.smrdesk.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.smrdesk.channel.Account;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.CsvImport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports activities from CSV: a preview that lists the first rows and problems (line
 * number and reason) and counts the rest, then an import that saves all rows or, when any
 * row is wrong, none. Files are read as streams, row by row: 100,000 rows need no more
 * memory than ten. The columns are those of the export, so an exported file imports
 * again.
 */
@Service
@Transactional(readOnly = true)
public class ActivityImportService {

	/** The columns a file must have. */
	public static final List<String> REQUIRED = List.of("date", "service", "kind", "title");

	/** Rows and problems a preview keeps to show (the rest are counted). */
	public static final int SHOWN = 100;

	/** Rows inserted per batch while the file is read. */
	static final int BATCH = 1_000;

	/** Every column the import reads (and the export writes). */
	public static final List<String> COLUMNS = List.of("date", "department", "service", "account", "kind", "title",
			"link", "status", "owner", "reach", "engagement", "notes");

	private final ActivityService activities;

	private final ChannelService channels;

	private final DepartmentService departments;

	private final UserService users;

	private final Validator validator;

	private final MessageSource messages;

	ActivityImportService(ActivityService activities, ChannelService channels, DepartmentService departments,
			UserService users, Validator validator, MessageSource messages) {
		this.activities = activities;
		this.channels = channels;
		this.departments = departments;
		this.users = users;
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Reads and checks a file without saving anything, streaming it row by row.
	 * @param file the file (an upload is read from its temporary file, never held whole)
	 * @param actor who imports (staff may import only their own department's activities)
	 * @return the first rows and problems, and how many there are
	 * @throws org.smrdesk.core.RuleException when the file is not readable CSV or lacks
	 * columns
	 */
	public ActivityImportPreview preview(InputStreamSource file, CurrentUser actor) {
		return read(file, actor, null);
	}

	/**
	 * Imports a file: every row, or nothing when any row has a problem. The rows are
	 * inserted in batches while the file is read (constant memory); a problem in any row
	 * rolls the whole import back.
	 * @param file the file
	 * @param actor who imports
	 * @return the preview; when it has no errors, its rows were saved
	 */
	@Transactional
	public ActivityImportPreview importAll(InputStreamSource file, CurrentUser actor) {
		List<ActivityForm> batch = new ArrayList<>(BATCH);
		ActivityImportPreview preview = read(file, actor, (form) -> {
			batch.add(form);
			if (batch.size() == BATCH) {
				this.activities.createAll(batch, actor);
				batch.clear();
			}
		});
		if (!preview.isValid()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		else if (!batch.isEmpty()) {
			this.activities.createAll(batch, actor);
		}
		return preview;
	}

	/**
	 * Reads the file, keeping the first {@link #SHOWN} rows and problems; each good row
	 * goes to the sink as long as no row so far had a problem.
	 */
	private ActivityImportPreview read(InputStreamSource file, CurrentUser actor, Consumer<ActivityForm> sink) {
		ActivityImportLookups lookups = new ActivityImportLookups(this.departments, this.channels, this.users);
		List<ActivityImportRow> shown = new ArrayList<>();
		List<CsvImport.RowError> errors = new ArrayList<>();
		long[] errorCount = { 0 };
		long rows;
		try (InputStream input = file.getInputStream()) {
			rows = CsvImport.each(input, REQUIRED, (row) -> {
				List<String> problems = new ArrayList<>();
				ActivityImportRow previewRow = parse(row, actor, lookups, problems);
				if (shown.size() < SHOWN) {
					shown.add(previewRow);
				}
				for (String problem : problems) {
					if (errors.size() < SHOWN) {
						errors.add(new CsvImport.RowError(row.line(), problem));
					}
					errorCount[0]++;
				}
				if (sink != null && errorCount[0] == 0) {
					sink.accept(previewRow.form());
				}
			});
		}
		catch (IOException ex) {
			throw new RuleException("csv.invalid");
		}
		if (rows == 0) {
			errors.add(new CsvImport.RowError(1, message("activity.import.empty")));
			errorCount[0]++;
		}
		return new ActivityImportPreview(shown, rows, errors, errorCount[0]);
	}

	private ActivityImportRow parse(CsvImport.Row row, CurrentUser actor, ActivityImportLookups lookups,
			List<String> problems) {
		ActivityForm form = ActivityForm.withDefaults(null, actor.departmentId(), actor.id());
		form.setTitle(row.get("title"));
		form.setLink(row.get("link"));
		form.setNotes(row.get("notes"));
		String dateText = row.get("date");
		if (dateText != null) {
			try {
				form.setActivityDate(LocalDate.parse(dateText));
			}
			catch (DateTimeParseException ex) {
				problems.add(message("activity.import.date", dateText));
			}
		}
		String departmentName = row.get("department");
		Department department = null;
		if (departmentName != null) {
			department = lookups.departments().get(key(departmentName));
			if (department == null) {
				problems.add(message("activity.import.department", departmentName));
			}
			else {
				form.setDepartmentId(department.getId());
			}
		}
		if (form.getDepartmentId() != null && !actor.isLead() && !actor.belongsTo(form.getDepartmentId())) {
			problems.add(message("activity.import.otherDepartment", departmentName));
		}
		String serviceName = row.get("service");
		Channel service = (serviceName != null) ? lookups.services().get(key(serviceName)) : null;
		if (serviceName != null && service == null) {
			problems.add(message("activity.import.service", serviceName));
		}
		else if (service != null) {
			form.setServiceId(service.getId());
		}
		String handle = row.get("account");
		if (handle != null) {
			Account account = (service != null) ? lookups.accounts().get(service.getId() + "/" + key(handle)) : null;
			if (account == null) {
				problems.add(message("activity.import.account", handle));
			}
			else {
				form.setAccountId(account.getId());
			}
		}
		form.setKind(enumValue(ActivityKind.class, row.get("kind"), "activity.import.kind", problems));
		String statusText = row.get("status");
		if (statusText != null) {
			form.setStatus(enumValue(ActivityStatus.class, statusText, "activity.import.status", problems));
		}
		String ownerEmail = row.get("owner");
		User owner = null;
		if (ownerEmail != null) {
			owner = lookups.users().get(key(ownerEmail));
			if (owner == null) {
				problems.add(message("activity.import.owner", ownerEmail));
			}
			else {
				form.setOwnerId(owner.getId());
			}
		}
		form.setReach(number(row.get("reach"), "reach", problems));
		form.setEngagement(number(row.get("engagement"), "engagement", problems));
		for (ConstraintViolation<ActivityForm> violation : this.validator.validate(form)) {
			String field = violation.getPropertyPath().toString();
			boolean reported = ("kind".equals(field) && row.get("kind") != null)
					|| ("status".equals(field) && statusText != null)
					|| ("activityDate".equals(field) && dateText != null)
					|| ("departmentId".equals(field) && departmentName != null)
					|| ("serviceId".equals(field) && serviceName != null)
					|| ("ownerId".equals(field) && ownerEmail != null);
			if (!reported) {
				problems.add(violation(field, violation));
			}
		}
		return new ActivityImportRow(row.line(), form, form.getActivityDate(),
				(department != null) ? department.getName() : actor.departmentName(),
				(service != null) ? service.getName() : serviceName, row.get("kind"), form.getTitle(),
				(owner != null) ? owner.getDisplayName() : (ownerEmail != null ? ownerEmail : actor.displayName()));
	}

	private String violation(String field, ConstraintViolation<ActivityForm> violation) {
		String column = message("activity.column." + field);
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return switch (constraint) {
			case "NotNull", "NotBlank" -> message("activity.import.required", column);
			case "Size" -> message("activity.import.tooLong", column,
					violation.getConstraintDescriptor().getAttributes().get("max"));
			case "PositiveOrZero" -> message("activity.import.negative", column);
			default -> message("activity.import.invalid", column);
		};
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String text, String code, List<String> problems) {
		if (text == null) {
			return null;
		}
		String name = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace('/', '_');
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			problems.add(message(code, text));
			return null;
		}
	}

	private Integer number(String text, String column, List<String> problems) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			problems.add(message("activity.import.number", message("activity.column." + column), text));
			return null;
		}
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

}
