package org.smrdesk.core.pagecache;

import java.sql.Savepoint;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code data_version} (migration V107) counts every committed transaction that changed a
 * table a page may show, once, and nothing else; {@code table_version} (V111) does the
 * same per table.
 */
@IntegrationTest
class DataChangeTriggersTests {

	/** Tables no page shows, or the counter itself (V107's list). */
	private static final Set<String> UNCOUNTED = Set.of("data_version", "data_change", "table_version",
			"flyway_schema_history", "spring_session", "spring_session_attributes", "shedlock", "login_throttle",
			"idempotency_keys", "job_runs", "mail_outbox", "mail_outbox_attachments", "webhook_deliveries",
			"notification_keys");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void everyTableButTheBookkeepingOnesCountsItsChanges() {
		List<String> uncounted = this.jdbc.queryForList("""
				select t.tablename from pg_tables t
				where t.schemaname = current_schema()
				  and (select count(*) from pg_trigger g join pg_class c on c.oid = g.tgrelid
				       where c.relname = t.tablename and c.relnamespace = current_schema()::regnamespace
				         and g.tgname in ('count_data_change', 'count_inserted_rows', 'count_updated_rows',
				                          'count_deleted_rows')) < 4
				order by 1""", String.class);
		assertThat(uncounted).as("a new table needs the four triggers of migration V107, or a place in its list")
			.containsExactlyInAnyOrderElementsOf(UNCOUNTED);
	}

	@Test
	void oneTransactionCountsOnceHoweverMuchItChanges() {
		long before = version();
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			TestData.channel("Counted " + System.nanoTime()).insert(this.jdbc);
			TestData.channel("Counted " + System.nanoTime()).insert(this.jdbc);
			TestData.vendor("Counted " + System.nanoTime()).insert(this.jdbc);
		});
		assertThat(version()).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from data_change", Long.class)).isZero();
	}

	@Test
	void aRolledBackChangeCountsNothingAndASavepointRolledBackIsNotedAgainAfter() {
		long before = version();
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			TestData.channel("Rolled back " + System.nanoTime()).insert(this.jdbc);
			status.setRollbackOnly();
		});
		assertThat(version()).isEqualTo(before);

		serviceInARolledBackSavepointThenAVendor();
		assertThat(version()).isEqualTo(before + 1);
	}

	@Test
	void readingAndWritingBookkeepingCountsNothing() {
		long before = version();
		this.jdbc.queryForList("select id from social_services limit 5");
		this.jdbc.update("delete from login_throttle where false");
		assertThat(version()).isEqualTo(before);
	}

	/**
	 * A statement that changes no row (the API token's "last used" kept to the minute, a
	 * job finding nothing to do) changes nothing a page shows: it would otherwise make
	 * every kept page of every user miss after each API request or job run.
	 */
	@Test
	void aStatementThatChangesNoRowCountsNothing() {
		String name = "Unchanged " + System.nanoTime();
		TestData.channel(name).insert(this.jdbc);
		long before = version();
		this.jdbc.update("update social_services set name = name where name = ? and false", name);
		this.jdbc.update("delete from social_services where name = ? and false", name);
		this.jdbc.update("insert into social_services (name) select name from social_services where false");
		assertThat(version()).isEqualTo(before);

		this.jdbc.update("update social_services set name = name where name = ?", name);
		assertThat(version()).isEqualTo(before + 1);
	}

	@Test
	void everyCountedTableHasANumberOfItsOwn() {
		List<String> counted = this.jdbc.queryForList("""
				select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
				where g.tgname = 'count_inserted_rows' and c.relnamespace = current_schema()::regnamespace""",
				String.class);
		List<Long> ids = this.jdbc.queryForList("select id from table_version order by id", Long.class);
		assertThat(this.jdbc.queryForList("select name from table_version", String.class))
			.containsExactlyInAnyOrderElementsOf(counted);
		// numbered 1..n: the application reads the numbers as one array in id order
		assertThat(ids).hasSize(counted.size()).last().isEqualTo((long) counted.size());
	}

	@Test
	void aTransactionCountsOnceForEachTableItChangedAndNotForTheOthers() {
		long services = version("social_services");
		long vendors = version("vendors");
		long activities = version("activities");
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			TestData.channel("Counted " + System.nanoTime()).insert(this.jdbc);
			TestData.channel("Counted " + System.nanoTime()).insert(this.jdbc);
		});
		assertThat(version("social_services")).isEqualTo(services + 1);
		assertThat(version("vendors")).isEqualTo(vendors);

		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			TestData.vendor("Counted " + System.nanoTime()).insert(this.jdbc);
			TestData.channel("Counted " + System.nanoTime()).insert(this.jdbc);
			TestData.vendor("Counted " + System.nanoTime()).insert(this.jdbc);
		});
		assertThat(version("social_services")).isEqualTo(services + 2);
		assertThat(version("vendors")).isEqualTo(vendors + 1);
		assertThat(version("activities")).isEqualTo(activities);
	}

	@Test
	void aTableChangedInASavepointRolledBackIsNotCounted() {
		long services = version("social_services");
		long vendors = version("vendors");
		serviceInARolledBackSavepointThenAVendor();
		assertThat(version("social_services")).isEqualTo(services);
		assertThat(version("vendors")).isEqualTo(vendors + 1);
	}

	/**
	 * Two writers that change the same tables in opposite orders both commit: each takes
	 * {@code data_version}'s one row before the rows of {@code table_version} at commit,
	 * so they never hold one of those rows each and wait for the other's.
	 */
	@Test
	void writersChangingTablesInOppositeOrdersBothCommit() throws Exception {
		long services = version("social_services");
		long vendors = version("vendors");
		java.util.concurrent.CyclicBarrier bothChanged = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Future<?> one = writers.submit(() -> write(bothChanged, true));
			java.util.concurrent.Future<?> two = writers.submit(() -> write(bothChanged, false));
			one.get(30, java.util.concurrent.TimeUnit.SECONDS);
			two.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			writers.shutdownNow();
		}
		assertThat(version("social_services")).isEqualTo(services + 2);
		assertThat(version("vendors")).isEqualTo(vendors + 2);
	}

	private void write(java.util.concurrent.CyclicBarrier bothChanged, boolean servicesFirst) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			insert(servicesFirst);
			try {
				bothChanged.await(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			insert(!servicesFirst);
		});
	}

	private void insert(boolean service) {
		if (service) {
			TestData.channel("Concurrent " + System.nanoTime()).insert(this.jdbc);
		}
		else {
			TestData.vendor("Concurrent " + System.nanoTime()).insert(this.jdbc);
		}
	}

	/**
	 * One transaction: a service added in a savepoint rolled back, then a vendor added.
	 */
	private void serviceInARolledBackSavepointThenAVendor() {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			connection.setAutoCommit(false);
			try {
				JdbcTemplate same = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				Savepoint savepoint = connection.setSavepoint();
				TestData.channel("In a savepoint " + System.nanoTime()).insert(same);
				connection.rollback(savepoint);
				TestData.vendor("After the savepoint " + System.nanoTime()).insert(same);
				connection.commit();
			}
			finally {
				connection.setAutoCommit(true);
			}
			return null;
		});
	}

	private long version(String table) {
		return this.jdbc.queryForObject("select version from table_version where name = ?", Long.class, table);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from data_version where id = 1", Long.class);
	}

}
