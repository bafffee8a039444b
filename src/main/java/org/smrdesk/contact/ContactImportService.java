package org.smrdesk.contact;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.smrdesk.core.CsvImport;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of contacts: a preview that checks every row and names each problem by line,
 * then all rows or none. Each row becomes a {@link ContactForm} saved through
 * {@link ContactService}, so an import obeys the same rules as the form (a likely
 * duplicate by e-mail address or handle is refused).
 */
@Service
@Transactional(readOnly = true)
public class ContactImportService {

	/** The columns a contact import needs. */
	public static final List<String> IMPORT_REQUIRED = List.of("kind", "name");

	/** The columns a contact import reads. */
	public static final List<String> IMPORT_COLUMNS = List.of("kind", "name", "outlet", "email", "handles", "links",
			"topics", "state", "owner", "notes", "lawful_basis");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final ContactRepository contacts;

	private final ContactService service;

	private final UserService users;

	ContactImportService(ContactRepository contacts, ContactService service, UserService users) {
		this.contacts = contacts;
		this.service = service;
		this.users = users;
	}

	/**
	 * Reads a contacts file and checks every row, saving nothing.
	 * @param csv the file's text
	 * @return the rows as they would be imported, and the problems per line
	 */
	public ImportPreview preview(String csv) {
		List<CsvImport.Row> rows = CsvImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				IMPORT_REQUIRED);
		List<ImportRow> parsed = new ArrayList<>();
		List<CsvImport.RowError> errors = new ArrayList<>();
		Set<String> emailsInFile = new HashSet<>();
		List<String> emails = rows.stream()
			.map((r) -> ContactKeys.email(r.get("email")))
			.filter((e) -> e != null)
			.toList();
		Set<String> existing = emails.isEmpty() ? Set.of()
				: new HashSet<>(this.contacts.findExistingEmails(emails.toArray(String[]::new)));
		for (CsvImport.Row row : rows) {
			List<String> problems = new ArrayList<>();
			ContactKind kind = parse(ContactKind.class, row.get("kind"));
			if (kind == null) {
				problems.add("contact.import.kind");
			}
			String name = row.get("name");
			if (name == null) {
				problems.add("contact.import.name");
			}
			else if (name.length() > 200) {
				problems.add("contact.import.nameTooLong");
			}
			RelationshipState state = (row.get("state") != null) ? parse(RelationshipState.class, row.get("state"))
					: RelationshipState.PROSPECT;
			if (state == null) {
				problems.add("contact.import.state");
			}
			String email = ContactKeys.email(row.get("email"));
			if (email != null) {
				if (!EMAIL.matcher(email).matches() || email.length() > 254) {
					problems.add("contact.import.email");
				}
				else if (existing.contains(email)) {
					problems.add("contact.import.emailExists");
				}
				else if (!emailsInFile.add(email)) {
					problems.add("contact.import.emailTwice");
				}
			}
			Long ownerId = null;
			if (row.get("owner") != null) {
				Optional<User> owner = this.users.findByEmail(row.get("owner"));
				if (owner.isEmpty()) {
					problems.add("contact.import.owner");
				}
				else {
					ownerId = owner.get().getId();
				}
			}
			for (String column : List.of("outlet", "handles", "topics", "lawful_basis")) {
				if (row.get(column) != null && row.get(column).length() > 1000) {
					problems.add("contact.import.tooLong");
					break;
				}
			}
			ImportRow parsedRow = new ImportRow(row.line(), kind, name, row.get("outlet"), email, row.get("handles"),
					row.get("links"), row.get("topics"), state, ownerId, row.get("owner"), row.get("notes"),
					row.get("lawful_basis"));
			if (!problems.contains("contact.import.emailExists")
					&& !this.service.findDuplicates(parsedRow.toForm()).isEmpty()) {
				problems.add("contact.import.handleExists");
			}
			problems.forEach((code) -> errors.add(new CsvImport.RowError(row.line(), code)));
			parsed.add(parsedRow);
		}
		if (rows.isEmpty()) {
			errors.add(new CsvImport.RowError(1, "contact.import.empty"));
		}
		return new ImportPreview(parsed, errors);
	}

	/**
	 * Imports a contacts file: all rows or none.
	 * @param csv the file's text, as previewed
	 * @return how many contacts were made
	 * @throws RuleException {@code contact.import.hasErrors} when any row is wrong
	 */
	@Transactional
	public int importContacts(String csv) {
		ImportPreview preview = preview(csv);
		if (!preview.errors().isEmpty()) {
			throw new RuleException("contact.import.hasErrors", preview.errors().size());
		}
		for (ImportRow row : preview.rows()) {
			this.service.create(row.toForm());
		}
		return preview.rows().size();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		String name = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if ("MEETING_IN_PERSON".equals(name)) {
			name = "MEETING";
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A contacts file checked row by row.
	 *
	 * @param rows the rows
	 * @param errors the problems, by line (message codes)
	 */
	public record ImportPreview(List<ImportRow> rows, List<CsvImport.RowError> errors) {

		public boolean isValid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * One row of a contacts file.
	 *
	 * @param line its line
	 * @param kind the kind
	 * @param name the name
	 * @param outlet the outlet
	 * @param email the e-mail address
	 * @param handles the handles
	 * @param links the links
	 * @param topics the topics
	 * @param state the relationship state
	 * @param ownerId the owner's id
	 * @param owner the owner's e-mail address as written
	 * @param notes the notes
	 * @param lawfulBasis the lawful basis
	 */
	public record ImportRow(long line, ContactKind kind, String name, String outlet, String email, String handles,
			String links, String topics, RelationshipState state, Long ownerId, String owner, String notes,
			String lawfulBasis) {

		ContactForm toForm() {
			ContactForm form = new ContactForm();
			form.setKind(this.kind);
			form.setName(this.name);
			form.setOutlet(this.outlet);
			form.setEmail(this.email);
			form.setHandles(this.handles);
			form.setLinks(this.links);
			form.setTopics(this.topics);
			form.setState(this.state);
			form.setOwnerId(this.ownerId);
			form.setNotes(this.notes);
			form.setLawfulBasis(this.lawfulBasis);
			return form;
		}

	}

}
