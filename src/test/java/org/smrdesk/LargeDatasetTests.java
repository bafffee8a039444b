package org.smrdesk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator of the {@code large} profile (db/large), run at a reduced size on two
 * empty databases with the migrations and the demo data, as the application runs it:
 * every table gets the requested number of rows, both runs give identical rows, and
 * running the changed scripts again adds nothing. The full size (100,000 activities) is
 * generated and counted by the page benchmark.
 */
class LargeDatasetTests {

	static final Map<String, String> SMALL = Map.of("large-users", "120", "large-activities", "3000", "large-contacts",
			"300", "large-interactions", "2000", "large-busiest-contact-interactions", "100", "large-incidents", "60",
			"large-timeline-entries", "10", "large-policies", "12", "large-trainings", "10", "large-mentions", "2000");

	/** A row as text without its hash-chain columns. */
	static final String UNCHAINED = "(to_jsonb(%s) - 'chain_position' - 'previous_hash' - 'row_hash')::text";

	private static final List<SingleConnectionDataSource> connections = new ArrayList<>();

	private static JdbcTemplate first;

	private static JdbcTemplate second;

	@BeforeAll
	static void generateTwice() {
		first = generate(TestDatabases.fresh("smr_large"), SMALL);
		second = generate(TestDatabases.fresh("smr_large"), SMALL);
	}

	@AfterAll
	static void closeConnections() {
		connections.forEach(SingleConnectionDataSource::destroy);
	}

	@Test
	void everyTableGetsTheRequestedNumberOfRows() {
		assertThat(count(first, "users where created_by = 'large'")).isEqualTo(120);
		assertThat(count(first, "activities where created_by = 'large'")).isEqualTo(3000);
		assertThat(count(first, "contacts where created_by = 'large'")).isEqualTo(300);
		assertThat(count(first, "interactions where created_by = 'large'")).isEqualTo(2000);
		assertThat(count(first, "incidents where created_by = 'large'")).isEqualTo(60);
		assertThat(count(first, "policies where created_by = 'large'")).isEqualTo(12);
		assertThat(count(first, "trainings where created_by = 'large'")).isEqualTo(10);
		assertThat(count(first, "mentions where dedup_key like 'large:%'")).isEqualTo(2000);
		assertThat(count(first,
				"mention_sightings ms join mentions m on m.id = ms.mention_id " + "where m.dedup_key like 'large:%'"))
			.isGreaterThan(2000);
		assertThat(count(first,
				"mention_matches mm join mentions m on m.id = mm.mention_id " + "where m.dedup_key like 'large:%'"))
			.isGreaterThan(2000);
		assertThat(first.queryForList("""
				select count(e.id) from incidents i left join incident_timeline_entries e on e.incident_id = i.id
				where i.created_by = 'large' group by i.id""", Integer.class)).hasSize(60).containsOnly(10);
		assertThat(count(first, "audit_log")).isGreaterThan(3000 + 300 + 2000);
	}

	@Test
	void theMentionTablesGetBackTheIndexesAndForeignKeysDroppedForTheLoad() {
		TestDatabases.Database database = TestDatabases.fresh("smr_plain");
		Flyway.configure()
			.dataSource(database.url(), database.ownerUsername(), database.ownerPassword())
			.locations("classpath:db/migration")
			.load()
			.migrate();
		SingleConnectionDataSource connection = new SingleConnectionDataSource(database.url(), database.ownerUsername(),
				database.ownerPassword(), true);
		connections.add(connection);
		String schema = """
				select indexdef from pg_indexes where tablename in ('mentions', 'mention_sightings', 'mention_matches')
				union all
				select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
				where conrelid in ('mentions'::regclass, 'mention_sightings'::regclass, 'mention_matches'::regclass)
				order by 1""";
		assertThat(first.queryForList(schema, String.class))
			.isEqualTo(new JdbcTemplate(connection).queryForList(schema, String.class))
			.anyMatch((definition) -> definition.contains("FOREIGN KEY"))
			.anyMatch((definition) -> definition.contains("USING gin"));
	}

	@Test
	void theDataIsShapedLikeAFewYearsOfARealCompany() {
		// activities over five years, more on weekdays than at weekends, in all eight
		// departments
		assertThat(first.queryForObject(
				"select max(activity_date) - min(activity_date) from activities where created_by = 'large'",
				Integer.class))
			.isBetween(5 * 365 - 30, 5 * 365 + 60);
		assertThat(count(first, "activities where created_by = 'large' and extract(isodow from activity_date) = 3"))
			.isGreaterThan(4
					* count(first, "activities where created_by = 'large' and extract(isodow from activity_date) = 7"));
		assertThat(count(first, "(select distinct department_id from activities where created_by = 'large') d"))
			.isEqualTo(8);
		// every incident status, a few critics, one contact far busier than the others
		assertThat(first.queryForList("select distinct status from incidents where created_by = 'large'", String.class))
			.containsExactlyInAnyOrder("REPORTED", "TRIAGE", "RESPONDING", "MONITORING", "RESOLVED", "REVIEWED");
		assertThat(count(first, "contacts where created_by = 'large' and state = 'CRITIC'")).isBetween(1, 30);
		List<Integer> busiest = first.queryForList("""
				select count(*) from interactions where created_by = 'large'
				group by contact_id order by count(*) desc limit 2""", Integer.class);
		assertThat(busiest.get(0)).isGreaterThanOrEqualTo(100).isGreaterThan(2 * busiest.get(1));
		// every policy has one published version, acknowledged by some; trainings have
		// sessions and enrolments
		assertThat(count(first, """
				policies p where created_by = 'large'
				and (select count(*) from policy_versions v where v.policy_id = p.id and v.state = 'PUBLISHED') = 1"""))
			.isEqualTo(12);
		assertThat(count(first, "policy_acknowledgements a join policy_versions v on v.id = a.version_id "
				+ "where v.created_by = 'large'"))
			.isGreaterThan(100);
		assertThat(count(first, "training_sessions where created_by = 'large'")).isGreaterThanOrEqualTo(20);
		assertThat(count(first, "training_enrolments where created_by = 'large'")).isGreaterThan(50);
	}

	@Test
	void twoRunsGiveTheSameRows() {
		Map<String, String> a = fingerprints(first);
		assertThat(a.values()).doesNotContainNull();
		assertThat(fingerprints(second)).isEqualTo(a);
	}

	@Test
	void runningTheChangedScriptsAgainAddsNothing() {
		TestDatabases.Database database = TestDatabases.fresh("smr_large");
		JdbcTemplate jdbc = generate(database, SMALL);
		Map<String, String> before = fingerprints(jdbc);
		Map<String, String> bigger = new LinkedHashMap<>();
		SMALL.forEach((key, value) -> bigger.put(key, String.valueOf(Integer.parseInt(value) * 2)));
		generate(database, bigger);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where description like '%large%'",
				Integer.class))
			.as("the seven scripts with sizes ran twice, the audit log script (no size) once")
			.isEqualTo(7 * 2 + 1);
		assertThat(fingerprints(jdbc)).isEqualTo(before);
	}

	private static JdbcTemplate generate(TestDatabases.Database database, Map<String, String> sizes) {
		Flyway.configure()
			.dataSource(database.url(), database.ownerUsername(), database.ownerPassword())
			.locations("classpath:db/migration", "classpath:db/demo", "classpath:db/large")
			.placeholders(sizes)
			.load()
			.migrate();
		// one connection per database, kept: the shared server may be short of
		// connections
		SingleConnectionDataSource connection = new SingleConnectionDataSource(database.url(), database.ownerUsername(),
				database.ownerPassword(), true);
		connections.add(connection);
		return new JdbcTemplate(connection);
	}

	/**
	 * A digest of every generated row per table (the demo rows carry now() and differ).
	 */
	private static Map<String, String> fingerprints(JdbcTemplate jdbc) {
		Map<String, String> queries = new LinkedHashMap<>();
		for (String table : List.of("users", "activities", "contacts", "interactions", "incidents", "incident_reviews",
				"incident_follow_ups", "policies", "policy_versions", "trainings", "training_sessions",
				"training_enrolments")) {
			queries.put(table, "select " + UNCHAINED.formatted("t") + " from " + table
					+ " t where created_by = 'large' order by id");
		}
		queries.put("incident_timeline_entries", """
				select %s from incident_timeline_entries e join incidents i on i.id = e.incident_id
				where i.created_by = 'large' order by e.id""".formatted(UNCHAINED.formatted("e")));
		queries.put("mentions",
				"""
						select m.dedup_key || m.title || m.state || coalesce(m.author, '') || m.published_at
						       || coalesce(m.assignee_id::text, '') || coalesce((select string_agg(mm.query_id::text, ',' order by mm.query_id)
						                                                        from mention_matches mm where mm.mention_id = m.id), '')
						from mentions m where m.dedup_key like 'large:%' order by m.id""");
		queries.put("policy_acknowledgements", "select a::text from policy_acknowledgements a "
				+ "join policy_versions v on v.id = a.version_id where v.created_by = 'large' order by a.id");
		queries.put("links", """
				select 'i' || incident_id || '-' || department_id from incident_departments
				union all select 'p' || incident_id || party from incident_parties
				union all select 'd' || policy_id || '-' || department_id from policy_departments
				union all select 't' || training_id || '-' || department_id from training_audiences
				union all select 'a' || activity_id || '-' || contact_id from activity_contacts
				order by 1""");
		queries.put("audit_log", "select " + UNCHAINED.formatted("a") + " from audit_log a order by id");
		assertThat(jdbc.queryForObject("select count(*) from audit_log where chain_position is null", Integer.class)
				+ jdbc.queryForObject("select count(*) from incident_timeline_entries where chain_position is null",
						Integer.class))
			.as("rows left out of the hash chains")
			.isZero();
		Map<String, String> digests = new LinkedHashMap<>();
		queries.forEach((name, query) -> digests.put(name, jdbc.queryForObject(
				"select md5(string_agg(line, '|' order by line)) || ':' || count(*) from (" + query + ") as row (line)",
				String.class)));
		return digests;
	}

	private static int count(JdbcTemplate jdbc, String from) {
		return jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

}
