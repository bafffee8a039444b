package org.smrdesk;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends through the application's
 * {@link DataSource} while {@link #count(Callable)} runs: each {@code execute*} call on a
 * statement (a batch counts once: one round trip), whoever sends it — Hibernate, Spring
 * Session JDBC, JdbcTemplate, the audit log. Statements of other threads (scheduled jobs)
 * are not counted there; {@link #executedForRequests()} counts those of the threads that
 * serve requests (the benchmark reads it around a page served by the server's threads, so
 * that a scheduled job's tick meanwhile is not counted as the page's). Installed by
 * {@link TestDatabaseConfiguration} and by the benchmark's application.
 */
public final class SqlStatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	private static final AtomicLong EXECUTED_FOR_REQUESTS = new AtomicLong();

	/**
	 * The statements sent so far by the threads that serve requests: the web server's
	 * workers ({@code http-nio-…}) and the executor that writes streamed responses
	 * ({@code task-…}); not the scheduler's ({@code scheduling-…}) or any other.
	 * @return the running total
	 */
	public static long executedForRequests() {
		return EXECUTED_FOR_REQUESTS.get();
	}

	/**
	 * Runs the work and counts the statements this thread sent meanwhile.
	 * @param work what to run (a MockMvc request, say)
	 * @return the number of statements
	 * @throws Exception when the work fails
	 */
	public static long count(Callable<?> work) throws Exception {
		long[] counter = new long[1];
		COUNTING.set(counter);
		try {
			work.call();
		}
		finally {
			COUNTING.remove();
		}
		return counter[0];
	}

	/**
	 * Runs the work and lists the SQL of the statements this thread sent meanwhile, in
	 * order (to check, say, that a page reads a table once).
	 * @param work what to run (a MockMvc request, say)
	 * @return the statements' SQL
	 * @throws Exception when the work fails
	 */
	public static List<String> statements(Callable<?> work) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		try {
			count(work);
		}
		finally {
			RECORDING.remove();
		}
		return statements;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return (result instanceof Connection connection) ? connection(connection) : result;
			});
		}
		return bean;
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
			if (result instanceof CallableStatement statement) {
				return statement(CallableStatement.class, statement, sql);
			}
			if (result instanceof PreparedStatement statement) {
				return statement(PreparedStatement.class, statement, sql);
			}
			if (result instanceof Statement statement) {
				return statement(Statement.class, statement, null);
			}
			return result;
		});
	}

	private static <S extends Statement> S statement(Class<S> type, S statement, String prepared) {
		return proxy(type, statement, (target, method, args) -> {
			if (method.getName().startsWith("execute")) {
				String thread = Thread.currentThread().getName();
				if (thread.startsWith("http-nio-") || thread.startsWith("task-")) {
					EXECUTED_FOR_REQUESTS.incrementAndGet();
				}
				long[] counter = COUNTING.get();
				if (counter != null) {
					counter[0]++;
				}
				List<String> recording = RECORDING.get();
				if (recording != null) {
					recording.add((args != null && args.length > 0 && args[0] instanceof String sql) ? sql
							: String.valueOf(prepared));
				}
			}
			return invoke(target, method, args);
		});
	}

	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(proxy)) {
				return proxy;
			}
			if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(proxy)) {
				return true;
			}
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type },
				invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
