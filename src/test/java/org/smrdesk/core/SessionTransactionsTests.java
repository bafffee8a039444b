package org.smrdesk.core;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session writes in a transaction and reads a session without one (one statement:
 * no BEGIN and COMMIT around it on every request).
 */
class SessionTransactionsTests {

	private final List<String> transactions = new ArrayList<>();

	private final SessionTransactions sessions = new SessionTransactions(new TransactionOperations() {
		@Override
		public <T> T execute(TransactionCallback<T> action) {
			SessionTransactionsTests.this.transactions.add("transaction");
			return action.doInTransaction(new SimpleTransactionStatus(true));
		}
	});

	@Test
	void aWriteRunsInATransaction() {
		String saved = this.sessions.execute((status) -> "saved");
		assertThat(saved).isEqualTo("saved");
		assertThat(this.transactions).containsExactly("transaction");
	}

	@Test
	void aSessionReadRunsWithoutATransactionAndOnlyWhileReading() {
		TransactionCallback<String> lookup = (status) -> status.isNewTransaction() ? "in one" : "without";
		String read = SessionTransactions.reading(() -> this.sessions.execute(lookup));
		assertThat(read).isEqualTo("without");
		assertThat(this.transactions).isEmpty();

		this.sessions.execute((status) -> "saved");
		assertThat(this.transactions).containsExactly("transaction");
	}

}
