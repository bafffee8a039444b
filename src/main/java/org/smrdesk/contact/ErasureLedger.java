package org.smrdesk.contact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The erasure ledger: every contact erasure is written to {@code contact_erasures} and,
 * when {@code smr.privacy.erasure-ledger} names a file (on storage that outlives the
 * database: a volume beside the backups), appended to that file as well. At every start
 * the file's entries join the table and every entry is applied again: restoring a backup
 * taken before an erasure does not bring the person back. Entries hold ids and times
 * only, nothing personal; an entry applies only to the row it was made for (same id and
 * creation time).
 */
@Component
@Order(0)
class ErasureLedger implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ErasureLedger.class);

	private static final String APPLY_CONTACTS = """
			update contacts c set name = ?, outlet = null, links = null, handles = null, email = null, topics = null,
			    notes = null, lawful_basis = null, erased_at = l.erased_at
			from contact_erasures l
			where c.id = l.contact_id and c.created_at = l.contact_created_at and c.erased_at is null""";

	private static final String APPLY_INTERACTIONS = """
			update interactions i set summary = null, outcome = null
			from contact_erasures l join contacts c on c.id = l.contact_id and c.created_at = l.contact_created_at
			where i.contact_id = c.id and (i.summary is not null or i.outcome is not null)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Path file;

	ErasureLedger(JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${smr.privacy.erasure-ledger:}") String file) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.file = StringUtils.hasText(file) ? Path.of(file) : null;
	}

	/**
	 * Records an erasure (in the erasing transaction; the file line is written first, so
	 * a crash in between leaves at most an entry for an erasure that is applied at the
	 * next start).
	 * @param contactId the contact
	 * @param contactCreatedAt when its row was created
	 * @param erasedAt when it was erased
	 */
	void record(long contactId, Instant contactCreatedAt, Instant erasedAt) {
		if (this.file != null) {
			String line = contactId + "\t" + contactCreatedAt + "\t" + erasedAt + "\n";
			try {
				Files.writeString(this.file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write the erasure ledger " + this.file, ex);
			}
		}
		insert(contactId, contactCreatedAt, erasedAt);
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			int fromFile = readFile().stream()
				.mapToInt((e) -> insert(e.contactId(), e.createdAt(), e.erasedAt()))
				.sum();
			int contacts = this.jdbc.update(APPLY_CONTACTS, Contact.TOMBSTONE);
			int interactions = this.jdbc.update(APPLY_INTERACTIONS);
			if (fromFile > 0 || contacts > 0) {
				logger.warn("Erasure ledger: " + fromFile + " erasures missing from the database were restored from "
						+ this.file + "; " + contacts + " contacts (" + interactions
						+ " interactions) erased again (a backup from before their erasure was restored)");
			}
		});
	}

	private int insert(long contactId, Instant createdAt, Instant erasedAt) {
		return this.jdbc.update("""
				insert into contact_erasures (contact_id, contact_created_at, erased_at) values (?, ?, ?)
				on conflict (contact_id) do nothing""", contactId, Timestamp.from(createdAt), Timestamp.from(erasedAt));
	}

	private List<Entry> readFile() {
		if (this.file == null || !Files.exists(this.file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(this.file, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> !line.isBlank())
				.map((line) -> line.split("\t"))
				.filter((parts) -> parts.length == 3)
				.map((parts) -> new Entry(Long.parseLong(parts[0]), Instant.parse(parts[1]), Instant.parse(parts[2])))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the erasure ledger " + this.file, ex);
		}
	}

	private record Entry(long contactId, Instant createdAt, Instant erasedAt) {
	}

}
