package org.smrdesk.notification;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.smrdesk.core.Notice;
import org.smrdesk.core.NotificationKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notices down, in the caller's transaction: one in-app notification per active
 * recipient, and as each chose for the kind an e-mail in the outbox at once (a crisis
 * always at once) or a mark for the daily digest. If the change that caused the notice
 * rolls back, so does every row written here.
 */
@Service
public class Notifier {

	private final JdbcTemplate jdbc;

	private final MailRenderer renderer;

	private final MailOutbox outbox;

	private final UnsubscribeTokens tokens;

	private final Clock clock;

	Notifier(JdbcTemplate jdbc, MailRenderer renderer, MailOutbox outbox, UnsubscribeTokens tokens, Clock clock) {
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.outbox = outbox;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Tells the notice's recipients (not its actor).
	 * @param notice the notice
	 * @return how many people were told (0 for those told before under the same key)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int notify(Notice notice) {
		Set<Long> ids = new LinkedHashSet<>(notice.recipients());
		if (notice.actorId() != null) {
			ids.remove(notice.actorId());
		}
		if (ids.isEmpty()) {
			return 0;
		}
		String subject = this.renderer.subject(notice.kind(), notice.args());
		String body = this.renderer.body(notice.kind(), notice.args());
		Instant now = this.clock.instant();
		int told = 0;
		for (Recipient recipient : recipients(ids, notice.kind())) {
			Delivery delivery = (notice.urgent() && recipient.delivery() == Delivery.DIGEST) ? Delivery.INSTANT
					: recipient.delivery();
			List<Long> inserted = this.jdbc.queryForList("""
					insert into notifications (user_id, kind, subject, body, link, dedup_key, created_at, digest_due)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (user_id, dedup_key) where dedup_key is not null do nothing
					returning id""", Long.class, recipient.id(), notice.kind().name(), subject, body, notice.link(),
					notice.dedupKey(), Timestamp.from(now), delivery == Delivery.DIGEST);
			if (inserted.isEmpty()) {
				continue;
			}
			told++;
			if (delivery == Delivery.INSTANT) {
				String unsubscribe = this.renderer
					.absolute("/notifications/unsubscribe?token=" + this.tokens.issue(recipient.id(), notice.kind()));
				MailRenderer.Item item = new MailRenderer.Item(subject, body,
						(notice.link() != null) ? this.renderer.absolute(notice.link()) : null);
				this.outbox.enqueue(recipient.id(), recipient.email(), notice.kind().name(),
						this.renderer.render(recipient.name(), subject, List.of(item), unsubscribe), unsubscribe,
						notice.attachment());
			}
		}
		return told;
	}

	/**
	 * The active leads' ids.
	 * @return the ids
	 */
	@Transactional(readOnly = true)
	public List<Long> leads() {
		return this.jdbc.queryForList("select id from users where role = 'LEAD' and active order by id", Long.class);
	}

	/**
	 * The active managers' ids.
	 * @return the ids
	 */
	@Transactional(readOnly = true)
	public List<Long> managers() {
		return this.jdbc.queryForList("select id from users where role = 'MANAGER' and active order by id", Long.class);
	}

	private List<Recipient> recipients(Set<Long> ids, NotificationKind kind) {
		return this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement("""
					select u.id, u.email, u.display_name, coalesce(p.delivery, 'INSTANT')
					from users u left join notification_preferences p on p.user_id = u.id and p.kind = ?
					where u.active and u.id = any (?) order by u.id""");
			statement.setString(1, kind.name());
			Array array = connection.createArrayOf("bigint", ids.toArray());
			statement.setArray(2, array);
			return statement;
		}, (rs, i) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3),
				Delivery.valueOf(rs.getString(4))));
	}

	private record Recipient(Long id, String email, String name, Delivery delivery) {
	}

}
