package org.smrdesk.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts every SQL statement the application sends through its {@link DataSource}: each
 * {@code execute}, {@code executeQuery}, {@code executeUpdate} or {@code executeBatch}
 * call on a statement of a connection from the pool (a batch counts once: one round
 * trip). Hibernate, Spring Session JDBC, the audit log and JdbcTemplate all go through
 * it. Installed as a bean post-processor on the application under test.
 */
final class StatementCounter implements BeanPostProcessor {

	static final AtomicLong EXECUTED = new AtomicLong();

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
			if (result instanceof CallableStatement statement) {
				return statement(CallableStatement.class, statement);
			}
			if (result instanceof PreparedStatement statement) {
				return statement(PreparedStatement.class, statement);
			}
			if (result instanceof Statement statement) {
				return statement(Statement.class, statement);
			}
			return result;
		});
	}

	private static <S extends Statement> S statement(Class<S> type, S statement) {
		return proxy(type, statement, (target, method, args) -> {
			if (method.getName().startsWith("execute")) {
				EXECUTED.incrementAndGet();
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
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, invocation);
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
