package org.smrdesk.core;

import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.pagecache.TablesRead;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that shows a figure kept in memory depends on the tables the figure was read
 * from, though the page itself sent no statement for it (core.pagecache): else a kept
 * page would outlive a change to what its figures count.
 */
@IntegrationTest
class CompanyFiguresTablesTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFigureShownFromMemoryAddsTheTablesItWasReadFrom() {
		CompanyFigures figures = new CompanyFigures(java.time.Clock.systemUTC(), Duration.ofMinutes(1));
		AtomicInteger computed = new AtomicInteger();
		TablesRead.Read<Long> first = TablesRead.during(() -> figures.get("vendors", () -> {
			computed.incrementAndGet();
			return this.jdbc.queryForObject("select count(*) from vendors", Long.class);
		}));
		TablesRead.Read<Long> kept = TablesRead.during(() -> figures.get("vendors", () -> {
			computed.incrementAndGet();
			return this.jdbc.queryForObject("select count(*) from vendors", Long.class);
		}));

		BitSet vendors = TablesRead.of("vendors");
		assertThat(vendors.cardinality()).as("vendors is a counted table").isEqualTo(1);
		assertThat(computed).hasValue(1);
		assertThat(first.tables()).isEqualTo(vendors);
		assertThat(kept.value()).isEqualTo(first.value());
		assertThat(kept.tables()).as("read from memory, yet from the vendors").isEqualTo(vendors);
	}

}
