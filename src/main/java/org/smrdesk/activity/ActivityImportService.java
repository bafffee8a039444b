package org.smrdesk.activity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.smrdesk.channel.Account;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.channel.Channel;
import org.smrdesk.core.CsvImport;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports activities from CSV: a preview that lists every row and every problem (line
 * number and reason), then an import that saves all rows or, when any row is wrong, none.
 * The columns are those of the export, so an exported file imports again.
 */
@Service
@Transactional(readOnly = true)
public class ActivityImportService {

	/** The columns a file must have. */
	public static final List<String> REQUIRED = List.of("date", "service", "kind", "title");

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
	 * Reads and checks a file without saving anything.
	 * @param csv the file's text
	 * @param actor who imports (staff may import only their own department's activities)
	 * @return the rows and the problems
	 * @throws org.smrdesk.core.RuleException when the file is not readable CSV or lacks
	 * columns
	 */
	public Preview preview(String csv, CurrentUser actor) {
		List<CsvImport.Row> rows = CsvImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				REQUIRED);
		ActivityImportLookups lookups = new ActivityImportLookups(this.departments, this.channels, this.users);
		List<PreviewRow> parsed = new ArrayList<>();
		List<CsvImport.RowError> errors = new ArrayList<>();
		for (CsvImport.Row row : rows) {
			List<String> problems = new ArrayList<>();
			PreviewRow previewRow = parse(row, actor, lookups, problems);
			parsed.add(previewRow);
			for (String problem : problems) {
				errors.add(new CsvImport.RowError(row.line(), problem));
			}
		}
		if (rows.isEmpty()) {
			errors.add(new CsvImport.RowError(1, message("activity.import.empty")));
		}
		return new Preview(parsed, errors);
	}

	/**
	 * Imports a file: every row, or nothing when any row has a problem.
	 * @param csv the file's text
	 * @param actor who imports
	 * @return the preview; when it has no errors, its rows were saved
	 */
	@Transactional
	public Preview importAll(String csv, CurrentUser actor) {
		Preview preview = preview(csv, actor);
		if (preview.errors().isEmpty()) {
			this.activities.createAll(preview.rows().stream().map(PreviewRow::form).toList(), actor);
		}
		return preview;
	}

	private PreviewRow parse(CsvImport.Row row, CurrentUser actor, ActivityImportLookups lookups,
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
		return new PreviewRow(row.line(), form, form.getActivityDate(),
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

	/**
	 * What the import would do.
	 *
	 * @param rows every data row
	 * @param errors every problem, by line
	 */
	public record Preview(List<PreviewRow> rows, List<CsvImport.RowError> errors) {

		public boolean isValid() {
			return this.errors.isEmpty();
		}

	}

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
	public record PreviewRow(long line, ActivityForm form, LocalDate date, String department, String service,
			String kind, String title, String owner) {
	}

}
