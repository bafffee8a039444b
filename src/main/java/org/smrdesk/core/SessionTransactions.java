package org.smrdesk.core;

import java.util.function.Supplier;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Session's transactions: a session's writes (the session row and its attributes)
 * in one transaction as before; a session read, one {@code SELECT}, without a
 * transaction, which saves the {@code BEGIN} and {@code COMMIT} round trips on every
 * request.
 */
final class SessionTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionOperations transactions;

	SessionTransactions(TransactionOperations transactions) {
		this.transactions = transactions;
	}

	/**
	 * Runs a session lookup: its statement runs on its own (auto-commit).
	 * @param <T> what the lookup returns
	 * @param lookup the lookup
	 * @return its result
	 */
	static <T> T reading(Supplier<T> lookup) {
		if (READING.get() != null) {
			return lookup.get();
		}
		READING.set(Boolean.TRUE);
		try {
			return lookup.get();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (READING.get() != null) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return this.transactions.execute(action);
	}

}
