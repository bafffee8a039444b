package org.smrdesk.goal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application prepares or executes, JPA and JDBC alike
 * (Hibernate's statistics see only its own), by wrapping the data source's connections.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	static final AtomicLong COUNT = new AtomicLong();

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof DataSource dataSource) || !"dataSource".equals(name)) {
					return bean;
				}
				return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
						new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
							Object result = invoke(method, dataSource, args);
							return (result instanceof Connection connection) ? counting(connection) : result;
						});
			}
		};
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("prepareCall")
							|| name.equals("createStatement")) {
						COUNT.incrementAndGet();
					}
					return invoke(method, connection, args);
				});
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
