package org.smrdesk.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestDatabases;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Two nodes started together on one database both grant the runtime role its rows after
 * migrating, each inside Flyway's transaction: the second grants only after the first has
 * committed (granting while the first's grants were still uncommitted ended in "tuple
 * concurrently updated" and a node that did not start).
 */
@IntegrationTest
class RuntimeRoleGrantsTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aSecondNodeGrantsAfterTheFirstHasCommittedInsteadOfFailing() throws Exception {
		DatabaseRolesConfiguration.RuntimeRoleGrants grants = new DatabaseRolesConfiguration.RuntimeRoleGrants(
				this.context.getBeanProvider(DataSource.class));
		try (Connection first = owner(); Connection second = owner()) {
			grants.handle(Event.AFTER_MIGRATE, flyway(first));
			int secondPid = pid(second);
			CompletableFuture<Void> secondNode = CompletableFuture.runAsync(() -> {
				grants.handle(Event.AFTER_MIGRATE, flyway(second));
				commit(second);
			});
			waitUntilBlocked(secondPid, secondNode);
			first.commit();
			secondNode.get(60, TimeUnit.SECONDS);
		}
		assertThat(this.jdbc.queryForObject("select has_table_privilege('users', 'UPDATE')", Boolean.class)).isTrue();
	}

	private void waitUntilBlocked(int pid, CompletableFuture<Void> node) throws InterruptedException {
		for (int i = 0; i < 600 && !node.isDone(); i++) {
			Integer waiting = this.jdbc.queryForObject("select count(*) from pg_locks where pid = ? and not granted",
					Integer.class, pid);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.sleep(100);
		}
		assertThat(node).as("the second node waits for the first").isNotDone();
	}

	private static Connection owner() throws SQLException {
		Connection connection = TestDatabases.ownerConnection();
		connection.setAutoCommit(false);
		return connection;
	}

	private static Context flyway(Connection connection) {
		Context context = mock(Context.class);
		given(context.getConnection()).willReturn(connection);
		return context;
	}

	private static int pid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
			result.next();
			int pid = result.getInt(1);
			connection.commit();
			return pid;
		}
	}

	private static void commit(Connection connection) {
		try {
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
