package org.smrdesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.NotificationKind;
import org.smrdesk.core.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell: a person's in-app notifications, newest first, read and unread. Each person
 * sees and marks only their own.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	InboxService(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How many unread notifications a person has (counted up to 100).
	 * @param user the person
	 * @return the number
	 */
	public int unread(CurrentUser user) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from (select 1 from notifications where user_id = ? and read_at is null limit 100) n",
				Integer.class, user.id());
		return (count != null) ? count : 0;
	}

	/**
	 * A page of a person's notifications, newest first.
	 * @param user the person
	 * @param unreadOnly true for the unread ones only
	 * @param pageable the page
	 * @return the page
	 */
	public Page<InboxItem> page(CurrentUser user, boolean unreadOnly, Pageable pageable) {
		String where = " where user_id = ?" + (unreadOnly ? " and read_at is null" : "");
		return Paging.within(pageable, (reachable) -> {
			List<InboxItem> rows = this.jdbc.query(
					"select id, kind, subject, body, link, created_at, read_at from notifications" + where
							+ " order by created_at desc, id desc limit ? offset ?",
					InboxService::row, user.id(), reachable.getPageSize(), reachable.getOffset());
			Long total = this.jdbc.queryForObject(
					"select count(*) from (select 1 from notifications" + where + " limit " + Paging.MAX_ROWS + ") n",
					Long.class, user.id());
			return new PageImpl<>(rows, reachable, (total != null) ? total : 0);
		});
	}

	/**
	 * One of a person's notifications.
	 * @param user the person
	 * @param id the notification's id
	 * @return the notification
	 * @throws NotFoundException when there is none of that id among the person's
	 */
	public InboxItem item(CurrentUser user, long id) {
		return this.jdbc
			.query("select id, kind, subject, body, link, created_at, read_at from notifications"
					+ " where id = ? and user_id = ?", InboxService::row, id, user.id())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Notification", id));
	}

	/**
	 * Marks one of a person's notifications read.
	 * @param user the person
	 * @param id the notification's id
	 * @return its link, or null (also when it is not the person's)
	 */
	@Transactional
	public String markRead(CurrentUser user, long id) {
		List<String> links = this.jdbc.queryForList(
				"update notifications set read_at = coalesce(read_at, ?) where id = ? and user_id = ? returning coalesce(link, '')",
				String.class, clockTimestamp(), id, user.id());
		return links.isEmpty() || links.get(0).isEmpty() ? null : links.get(0);
	}

	/**
	 * Marks all of a person's notifications read.
	 * @param user the person
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(CurrentUser user) {
		return this.jdbc.update("update notifications set read_at = ? where user_id = ? and read_at is null",
				clockTimestamp(), user.id());
	}

	private static InboxItem row(ResultSet rs, int rowNum) throws SQLException {
		return new InboxItem(rs.getLong(1), NotificationKind.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getTimestamp(6).toInstant(),
				(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null);
	}

	private Timestamp clockTimestamp() {
		return Timestamp.from(Instant.now(this.clock));
	}

	/**
	 * One notification in the list.
	 *
	 * @param id its id
	 * @param kind what it is about
	 * @param subject its title
	 * @param body its sentence
	 * @param link the record's path, or null
	 * @param createdAt when it was written
	 * @param readAt when it was read, or null
	 */
	public record InboxItem(long id, NotificationKind kind, String subject, String body, String link, Instant createdAt,
			Instant readAt) {
	}

}
