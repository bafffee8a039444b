package org.smrdesk.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Times;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mentions are counted per day of the company's calendar (issue 15), at midnight edges:
 * ingest counts a mention on its day in the company zone, and counting again in another
 * zone (the company zone changed) moves every count to that zone's days. Every test rolls
 * back.
 */
@IntegrationTest
@Transactional
class MentionCountZoneTests {

	/** 23:59 on 31 March in Berlin (summer time), 21:59 UTC. */
	static final Instant BEFORE_MIDNIGHT = Instant.parse("2004-03-31T21:59:00Z");

	/** 00:00 on 1 April in Berlin, still 31 March in UTC. */
	static final Instant MIDNIGHT = Instant.parse("2004-03-31T22:00:00Z");

	/** 00:30 on New Year's Day 2005 in Berlin (winter time), still 2004 in UTC. */
	static final Instant NEW_YEAR = Instant.parse("2004-12-31T23:30:00Z");

	@Autowired
	private MentionIngest ingest;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Times times;

	@Test
	void ingestCountsAMentionOnItsDayInTheCompanyZone() {
		long query = ingestThree();
		ZoneId zone = this.times.companyZone();
		assertThat(days(query)).isEqualTo(expected(zone));
		assertThat(this.jdbc.queryForObject("select zone from mention_count_zone", String.class))
			.isEqualTo(zone.getId());
	}

	@Test
	void countingAgainInAnotherZoneMovesEveryCountToItsDays() {
		long query = ingestThree();
		ZoneId company = this.times.companyZone();
		ZoneId berlin = ZoneId.of("Europe/Berlin");

		assertThat(recount(ZoneOffset.UTC)).isTrue();
		assertThat(days(query)).isEqualTo(Map.of(LocalDate.parse("2004-03-31"), 2, LocalDate.parse("2004-12-31"), 1));
		assertThat(this.jdbc.queryForObject("""
				select sum(mentions) from mention_daily_counts where day = date '2004-12-31' and query_id = 0
				and source_id = 0""", Integer.class)).isGreaterThanOrEqualTo(1);

		assertThat(recount(berlin)).isTrue();
		assertThat(days(query)).isEqualTo(Map.of(LocalDate.parse("2004-03-31"), 1, LocalDate.parse("2004-04-01"), 1,
				LocalDate.parse("2005-01-01"), 1));
		// counted in that zone already: nothing to do
		assertThat(recount(berlin)).isFalse();

		recount(company);
		assertThat(days(query)).isEqualTo(expected(company));
	}

	private long ingestThree() {
		String word = "zone" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, ?, 'BRAND', now(), 't', now(), 't') returning id""", Long.class, "Zone " + word, word);
		long source = TestData.monitoringSource("Zone " + word).insert(this.jdbc);
		this.ingest.ingest(source, "https://zone.example/", List.of(item(word, "late", BEFORE_MIDNIGHT),
				item(word, "midnight", MIDNIGHT), item(word, "new-year", NEW_YEAR)), true);
		return query;
	}

	private static Map<LocalDate, Integer> expected(ZoneId zone) {
		Map<LocalDate, Integer> days = new TreeMap<>();
		for (Instant at : List.of(BEFORE_MIDNIGHT, MIDNIGHT, NEW_YEAR)) {
			days.merge(LocalDate.ofInstant(at, zone), 1, Integer::sum);
		}
		return days;
	}

	private boolean recount(ZoneId zone) {
		return this.jdbc.execute((ConnectionCallback<Boolean>) (c) -> MentionCountZone.recount(c, zone));
	}

	private Map<LocalDate, Integer> days(long query) {
		Map<LocalDate, Integer> days = new TreeMap<>();
		this.jdbc.query("select day, mentions from mention_daily_counts where query_id = ? and source_id = 0", (rs) -> {
			days.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
		}, query);
		return days;
	}

	private static FetchedItem item(String word, String name, Instant published) {
		return new FetchedItem(null, "https://zone.example/" + word + "/" + name, word + " " + name,
				"<p>story " + word + " " + name + "</p>", "author", null, published);
	}

}
