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
 * A page that shows a figure kept in memory is valid while that figure is the one kept
 * (core.pagecache): showing the page again would show the same figure, whatever changed
 * in its tables meanwhile, and a new figure must show at once. A figure computed by the
 * page's own request depends on the tables it read.
 */
@IntegrationTest
class CompanyFiguresTablesTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFigureShownFromMemoryIsValidWhileItIsTheOneKept() {
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
		assertThat(first.tables()).as("computed by this work: read from the vendors").isEqualTo(vendors);
		assertThat(kept.value()).isEqualTo(first.value());
		// shown from memory: valid while it is the value kept, whatever the vendors do
		assertThat(kept.tables()).isEqualTo(new BitSet());
		assertThat(kept.checks()).hasSize(1);
		assertThat(kept.checks().get(0).getAsBoolean()).isTrue();

		figures.forgetAll();
		figures.get("vendors", () -> 0L);
		assertThat(kept.checks().get(0).getAsBoolean()).as("another value is kept now").isFalse();
	}

}
