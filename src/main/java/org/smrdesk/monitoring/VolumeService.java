package org.smrdesk.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mention volume from the pre-aggregated daily counts (never the mentions themselves): by
 * day against the same days a year before, by query, by source, and share of voice.
 */
@Service
@Transactional(readOnly = true)
public class VolumeService {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	VolumeService(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The volume of the last {@code days} days and the same days a year before, with
	 * totals by query and by source over the period, and the share of voice of brand
	 * against competitor queries.
	 * @param days how many days
	 * @return the figures
	 */
	public Volume volume(int days) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = today.minusDays(days - 1L);
		LocalDate firstLastYear = first.minusYears(1);
		LocalDate todayLastYear = today.minusYears(1);
		Map<LocalDate, Integer> totals = new HashMap<>();
		this.jdbc.query("""
				select day, mentions from mention_daily_counts
				where query_id = 0 and source_id = 0 and (day between ? and ? or day between ? and ?)""", (rs) -> {
			totals.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
		}, Date.valueOf(first), Date.valueOf(today), Date.valueOf(firstLastYear), Date.valueOf(todayLastYear));
		List<Day> series = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			series.add(new Day(day, totals.getOrDefault(day, 0), totals.getOrDefault(day.minusYears(1), 0)));
		}
		Map<String, Integer> byQuery = new LinkedHashMap<>();
		Map<String, Integer> byQueryYearBefore = new LinkedHashMap<>();
		Map<String, Integer> byKind = new LinkedHashMap<>();
		Object[] periods = { Date.valueOf(first), Date.valueOf(today), Date.valueOf(firstLastYear),
				Date.valueOf(todayLastYear), Date.valueOf(first), Date.valueOf(today), Date.valueOf(firstLastYear),
				Date.valueOf(todayLastYear) };
		this.jdbc.query("""
				select q.name, q.kind, coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0) as now,
				       coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0) as before
				from mention_daily_counts c
				join monitoring_queries q on q.id = c.query_id
				where c.source_id = 0 and (c.day between ? and ? or c.day between ? and ?)
				group by q.name, q.kind order by 3 desc, 1""", (rs) -> {
			byQuery.put(rs.getString(1), rs.getInt(3));
			byQueryYearBefore.put(rs.getString(1), rs.getInt(4));
			byKind.merge(rs.getString(2), rs.getInt(3), Integer::sum);
		}, periods);
		Map<String, Integer> bySource = new LinkedHashMap<>();
		Map<String, Integer> bySourceYearBefore = new LinkedHashMap<>();
		this.jdbc.query("""
				select s.name, coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0),
				       coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0)
				from mention_daily_counts c
				join monitoring_sources s on s.id = c.source_id
				where c.query_id = 0 and (c.day between ? and ? or c.day between ? and ?)
				group by s.name order by 2 desc, 1""", (rs) -> {
			bySource.put(rs.getString(1), rs.getInt(2));
			bySourceYearBefore.put(rs.getString(1), rs.getInt(3));
		}, periods);
		int brand = byKind.getOrDefault("BRAND", 0) + byKind.getOrDefault("PRODUCT", 0);
		int competitor = byKind.getOrDefault("COMPETITOR", 0);
		Integer share = (competitor > 0 && brand + competitor > 0) ? Math.round(100f * brand / (brand + competitor))
				: null;
		return new Volume(series, byQuery, bySource, share, byQueryYearBefore, bySourceYearBefore);
	}

	/**
	 * One day of volume.
	 *
	 * @param day the day
	 * @param mentions its count
	 * @param yearBefore the count of the same date a year before
	 */
	public record Day(LocalDate day, int mentions, int yearBefore) {
	}

	/**
	 * The volume figures.
	 *
	 * @param days by day
	 * @param byQuery totals by query name
	 * @param bySource totals by source name
	 * @param shareOfVoice the percentage of brand and product mentions against
	 * competitors, or null without competitor queries
	 * @param byQueryYearBefore totals by query name over the same days a year before
	 * @param bySourceYearBefore totals by source name over the same days a year before
	 */
	public record Volume(List<Day> days, Map<String, Integer> byQuery, Map<String, Integer> bySource,
			Integer shareOfVoice, Map<String, Integer> byQueryYearBefore, Map<String, Integer> bySourceYearBefore) {

		public int total() {
			return this.days.stream().mapToInt(Day::mentions).sum();
		}

		public int totalYearBefore() {
			return this.days.stream().mapToInt(Day::yearBefore).sum();
		}

	}

}
