package org.smrdesk.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest throughput, on demand
 * ({@code ./mvnw test -Dtest.excludedGroups= -Dtest=IngestBenchmarkTests}): 100,000 items
 * against 1,000 active queries, end to end into PostgreSQL (dedup, matching, sightings,
 * matches, daily counts), in batches of 1,000 as polls deliver them. Prints items per
 * second; the target is at least 5,000.
 */
@IntegrationTest
@Tag("benchmark")
class IngestBenchmarkTests {

	private static final String[] WORDS = { "kestrel", "hub", "outage", "refund", "delivery", "kettle", "shieldlock",
			"marketplace", "review", "support", "price", "launch", "recall", "harrier", "lock", "bike", "soap", "app",
			"update", "battery", "warranty", "store", "order", "late", "great", "broken", "fast", "quiet", "smart" };

	@Autowired
	private MentionIngest ingest;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void ingests100000ItemsAgainst1000Queries() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Random random = new Random(7);
		for (int q = 0; q < 1000; q++) {
			String query = switch (q % 5) {
				case 0 -> WORDS[q % WORDS.length] + " AND " + WORDS[(q / 5) % WORDS.length];
				case 1 -> "\"" + WORDS[q % WORDS.length] + " " + WORDS[(q + 3) % WORDS.length] + "\"";
				case 2 -> WORDS[q % WORDS.length] + " NEAR/3 " + WORDS[(q + 7) % WORDS.length];
				case 3 -> WORDS[q % WORDS.length].substring(0, 3) + "* -" + WORDS[(q + 1) % WORDS.length];
				default -> "(" + WORDS[q % WORDS.length] + " OR " + WORDS[(q + 2) % WORDS.length] + ") AND title:"
						+ WORDS[(q + 5) % WORDS.length];
			};
			this.jdbc.update("""
					insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
					values (?, ?, 'BRAND', now(), 'bench', now(), 'bench')""", "bench " + run + " " + q, query);
		}
		long source = this.jdbc.queryForObject(
				"""
						insert into monitoring_sources (kind, name, url, next_poll_at, created_at, created_by, updated_at, updated_by)
						values ('PUSH', ?, 'https://bench.example/', ?, now(), 'bench', now(), 'bench') returning id""",
				Long.class, "bench " + run, Timestamp.from(Instant.now().plusSeconds(86400)));
		int total = 100_000;
		int batch = 1_000;
		long started = System.nanoTime();
		int created = 0;
		for (int b = 0; b < total / batch; b++) {
			List<FetchedItem> items = new ArrayList<>(batch);
			for (int i = 0; i < batch; i++) {
				StringBuilder text = new StringBuilder();
				for (int w = 0; w < 40; w++) {
					text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
				}
				String id = run + "-" + b + "-" + i;
				items.add(
						new FetchedItem(null, "https://bench.example/" + id,
								WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
										+ id,
								"<p>" + text + "</p>", "author" + (i % 50), null,
								Instant.now().minusSeconds(random.nextInt(86400 * 30))));
			}
			created += this.ingest.ingest(source, "https://bench.example/", items).created();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Ingested %d items against 1,000 queries in %.1f s: %.0f items/s%n", total, seconds,
				total / seconds);
		assertThat(created).isEqualTo(total);
	}

}
