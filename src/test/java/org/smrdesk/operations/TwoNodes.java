package org.smrdesk.operations;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.smrdesk.TestDatabases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes on one database of their own, started together on the empty database the
 * first time a test asks for them and shared by the test classes of this package (so the
 * suite starts them once), stopped when the tests end.
 */
final class TwoNodes {

	private static TwoNodes instance;

	final AppNode a;

	final AppNode b;

	/** As the runtime role (rows only). */
	final JdbcTemplate jdbc;

	/** As the owner (the migration history). */
	final JdbcTemplate owner;

	/** Their database, migrated (a further node starts on it without migrating). */
	final TestDatabases.Database database;

	private TwoNodes(TestDatabases.Database database, AppNode a, AppNode b) {
		this.database = database;
		this.a = a;
		this.b = b;
		this.jdbc = a.bean(JdbcTemplate.class);
		this.owner = new JdbcTemplate(
				new DriverManagerDataSource(database.url(), database.ownerUsername(), database.ownerPassword()));
	}

	static synchronized TwoNodes get() {
		if (instance == null) {
			instance = startAtOnce();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				instance.a.close();
				instance.b.close();
			}));
		}
		return instance;
	}

	private static TwoNodes startAtOnce() {
		TestDatabases.Database database = TestDatabases.isolated("smr_nodes");
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier together = new CyclicBarrier(2);
			Callable<AppNode> start = () -> {
				together.await(30, TimeUnit.SECONDS);
				return AppNode.start(database, List.of(TestJobs.class, TestEndpoints.class),
						"smr.jobs.retry-backoff=1500ms", "smr.jobs.max-attempts=3");
			};
			Future<AppNode> first = starter.submit(start);
			Future<AppNode> second = starter.submit(start);
			return new TwoNodes(database, first.get(600, TimeUnit.SECONDS), second.get(600, TimeUnit.SECONDS));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start two nodes at once", ex);
		}
		finally {
			starter.shutdownNow();
		}
	}

}
