package org.smrdesk.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching runs beside the inserts, over every item of a batch: only the new mentions
 * keep their matches and counts, each on its own mention, whatever the known items around
 * them.
 */
@IntegrationTest
class MentionIngestTests {

	@Autowired
	private MentionIngest ingest;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aBatchOfKnownAndNewItemsMatchesOnlyTheNewOnesEachOnItsOwnMention() {
		String word = "ing" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long query = this.jdbc.queryForObject("""
				insert into monitoring_queries (name, query, kind, created_at, created_by, updated_at, updated_by)
				values (?, ?, 'BRAND', now(), 't', now(), 't') returning id""", Long.class, "Ingest " + word,
				word + "alpha OR " + word + "gamma");
		long source = TestData.monitoringSource("Ingest " + word).insert(this.jdbc);
		FetchedItem alpha = item(word, "alpha");
		FetchedItem beta = item(word, "beta");
		FetchedItem gamma = item(word, "gamma");
		MentionIngest.Result first = this.ingest.ingest(source, "https://ingest.example/", List.of(alpha, beta), true);
		assertThat(first.created()).isEqualTo(2);
		// alpha is known now and matches again; gamma, new, comes after it and matches
		MentionIngest.Result second = this.ingest.ingest(source, "https://ingest.example/", List.of(alpha, beta, gamma),
				true);
		assertThat(second.created()).isEqualTo(1);
		assertThat(second.matchedQueryIds()).containsExactly(query);
		assertThat(this.jdbc.queryForList("""
				select m.title from mention_matches mm join mentions m on m.id = mm.mention_id
				where mm.query_id = ? order by m.title""", String.class, query)).containsExactly(word + " alpha",
				word + " gamma");
		assertThat(this.jdbc.queryForObject(
				"select sum(mentions) from mention_daily_counts where query_id = ? and source_id = 0", Long.class,
				query))
			.isEqualTo(2L);
		// a batch of known items only: nothing matched, nothing counted
		MentionIngest.Result third = this.ingest.ingest(source, "https://ingest.example/", List.of(gamma, alpha), true);
		assertThat(third.created()).isZero();
		assertThat(third.matchedQueryIds()).isEmpty();
	}

	private static FetchedItem item(String word, String name) {
		return new FetchedItem(null, "https://ingest.example/" + word + "/" + name, word + " " + name,
				"<p>story " + word + name + "</p>", "author", null, Instant.now());
	}

}
