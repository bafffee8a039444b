package org.smrdesk.monitoring;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.core.Times;

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

	private final Times times;

	VolumeService(JdbcTemplate jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	/**
	 * The volume of the last {@code days} days and the same days a year before, with
	 * totals by query and by source over the period, and the share of voice of brand
	 * against competitor queries.
	 * @param days how many days
	 * @return the figures
	 */
	public Volume volume(int days) {
		// the company's today: the daily counts are days of its calendar (V74)
		LocalDate today = LocalDate.ofInstant(this.times.instant(), this.times.companyZone());
		LocalDate first = today.minusDays(days - 1L);
		LocalDate firstLastYear = first.minusYears(1);
		LocalDate todayLastYear = today.minusYears(1);
		Map<LocalDate, Integer> totals = new HashMap<>();
		Map<String, Integer> byQuery = new LinkedHashMap<>();
		Map<String, Integer> byQueryYearBefore = new LinkedHashMap<>();
		Map<String, Integer> byKind = new LinkedHashMap<>();
		Map<String, Integer> bySource = new LinkedHashMap<>();
		Map<String, Integer> bySourceYearBefore = new LinkedHashMap<>();
		// one statement for the three parts (days, by query, by source), each with the
		// same
		// days a year before
		this.jdbc.query("""
				select 1 as part, day, null as name, null as kind, mentions as now, 0 as before
				from mention_daily_counts
				where query_id = 0 and source_id = 0 and (day between ? and ? or day between ? and ?)
				union all
				select 2, null, q.name, q.kind,
				       coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0),
				       coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0)
				from mention_daily_counts c
				join monitoring_queries q on q.id = c.query_id
				where c.source_id = 0 and (c.day between ? and ? or c.day between ? and ?)
				group by q.name, q.kind
				union all
				select 3, null, s.name, null,
				       coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0),
				       coalesce(sum(c.mentions) filter (where c.day between ? and ?), 0)
				from mention_daily_counts c
				join monitoring_sources s on s.id = c.source_id
				where c.query_id = 0 and (c.day between ? and ? or c.day between ? and ?)
				group by s.name
				order by 1, 5 desc, 3""", (rs) -> {
			switch (rs.getInt(1)) {
				case 1 -> totals.put(rs.getDate(2).toLocalDate(), rs.getInt(5));
				case 2 -> {
					byQuery.put(rs.getString(3), rs.getInt(5));
					byQueryYearBefore.put(rs.getString(3), rs.getInt(6));
					byKind.merge(rs.getString(4), rs.getInt(5), Integer::sum);
				}
				default -> {
					bySource.put(rs.getString(3), rs.getInt(5));
					bySourceYearBefore.put(rs.getString(3), rs.getInt(6));
				}
			}
		}, periods(first, today, firstLastYear, todayLastYear, 5));
		List<Day> series = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			series.add(new Day(day, totals.getOrDefault(day, 0), totals.getOrDefault(day.minusYears(1), 0)));
		}
		int brand = byKind.getOrDefault("BRAND", 0) + byKind.getOrDefault("PRODUCT", 0);
		int competitor = byKind.getOrDefault("COMPETITOR", 0);
		Integer share = (competitor > 0 && brand + competitor > 0) ? Math.round(100f * brand / (brand + competitor))
				: null;
		return new Volume(series, byQuery, bySource, share, byQueryYearBefore, bySourceYearBefore);
	}

	private static Object[] periods(LocalDate first, LocalDate today, LocalDate firstLastYear, LocalDate todayLastYear,
			int times) {
		Object[] pair = { Date.valueOf(first), Date.valueOf(today), Date.valueOf(firstLastYear),
				Date.valueOf(todayLastYear) };
		Object[] all = new Object[pair.length * times];
		for (int i = 0; i < times; i++) {
			System.arraycopy(pair, 0, all, i * pair.length, pair.length);
		}
		return all;
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
