package org.smrdesk.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily mention counts in days of the company's calendar
 * ({@code smr.time-zone}, V74): after every migration, as the owner, when the zone the
 * counts were made in is not the configured one, every day is counted again in it, once
 * (nodes started together wait for each other on the zone's row). Ingest counts new
 * mentions in the same zone.
 */
@Component
class MentionCountZone implements Callback {

	private static final Log logger = LogFactory.getLog(MentionCountZone.class);

	private final ZoneId zone;

	MentionCountZone(@Value("${smr.time-zone:Europe/Berlin}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				if (recount(connection, this.zone)) {
					logger.info("Counted the mentions of every day again in the company zone " + this.zone);
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not count the mentions in the company zone " + this.zone, ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "mention count zone";
	}

	/**
	 * Counts every day's mentions again in a zone unless they are counted in it already,
	 * in the connection's transaction.
	 * @param connection a connection of the owner, in a transaction
	 * @param zone the company zone
	 * @return whether the counts were made again
	 * @throws SQLException when the database fails
	 */
	static boolean recount(Connection connection, ZoneId zone) throws SQLException {
		try (PreparedStatement kept = connection.prepareStatement("select zone from mention_count_zone for update");
				ResultSet rs = kept.executeQuery()) {
			if (rs.next() && zone.getId().equals(rs.getString(1))) {
				return false;
			}
		}
		try (PreparedStatement update = connection.prepareStatement("""
				insert into mention_count_zone (zone) values (?)
				on conflict (id) do update set zone = excluded.zone""")) {
			update.setString(1, zone.getId());
			update.executeUpdate();
		}
		try (PreparedStatement recount = connection.prepareStatement("select recount_mention_daily_counts()")) {
			recount.execute();
		}
		return true;
	}

}
