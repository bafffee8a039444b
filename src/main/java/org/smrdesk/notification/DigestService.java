package org.smrdesk.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: for each person, the notifications waiting for it become one e-mail,
 * grouped by kind, in one transaction with marking them done (so a second run finds
 * nothing left to gather).
 */
@Service
class DigestService {

	private final JdbcTemplate jdbc;

	private final MailRenderer renderer;

	private final MailOutbox outbox;

	DigestService(JdbcTemplate jdbc, MailRenderer renderer, MailOutbox outbox) {
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.outbox = outbox;
	}

	/**
	 * Writes the digests due into the outbox.
	 * @return how many digests were written
	 */
	@Transactional
	int gather() {
		Map<Long, List<Row>> byUser = new LinkedHashMap<>();
		this.jdbc.query("""
				update notifications n set digest_due = false
				from users u
				where n.digest_due and u.id = n.user_id
				returning n.user_id, u.email, u.display_name, u.active, n.kind, n.subject, n.body, n.link,
				          n.created_at, n.id""", (rs) -> {
			if (rs.getBoolean(4)) {
				byUser.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new Row(rs.getString(2), rs.getString(3), rs.getString(5), rs.getString(6), rs.getString(7),
							rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getLong(10)));
			}
		});
		for (Map.Entry<Long, List<Row>> entry : byUser.entrySet()) {
			List<Row> rows = new ArrayList<>(entry.getValue());
			rows.sort(java.util.Comparator.comparing(Row::kind).thenComparing(Row::createdAt).thenComparing(Row::id));
			List<MailRenderer.Item> items = rows.stream()
				.map((row) -> new MailRenderer.Item(row.subject(), row.body(),
						(row.link() != null) ? this.renderer.absolute(row.link()) : null))
				.toList();
			Row first = rows.get(0);
			String subject = this.renderer.digestSubject(rows.size());
			this.outbox.enqueue(entry.getKey(), first.email(), "DIGEST",
					this.renderer.render(first.name(), subject, items, null), null);
		}
		return byUser.size();
	}

	private record Row(String email, String name, String kind, String subject, String body, String link,
			java.time.Instant createdAt, long id) {
	}

}
