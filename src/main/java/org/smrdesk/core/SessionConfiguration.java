package org.smrdesk.core;

import java.io.IOException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in the database, safe for several requests at once in one session (two tabs, a
 * double click): when two requests add the same attribute (flash messages, say), the
 * second one updates it instead of failing on the primary key. Read once and written only
 * when something changed ({@link QuietSessionRepository}).
 * <p>
 * The statements every signed-in request makes before its own work (the session read and
 * the rights check, {@code user.FreshPrincipalFilter}) go through a small pool of their
 * own, the <em>request pool</em> ({@link #requestDataSource}), so they never wait for a
 * connection behind a page's statements; primary-key lookups, planned once per connection
 * by PostgreSQL's plan cache (one lookup 0.07 ms with a cached plan, 0.18 ms planned each
 * time: pgbench on the large dataset). The session is read without a transaction (one
 * statement; {@link SessionTransactions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration implements DisposableBean {

	private volatile DataSource requestPool;

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

	/**
	 * The request pool, for Spring Session ({@link SpringSessionDataSource}) and the
	 * rights check: the application's database and user, without the planner settings of
	 * {@code spring.datasource.hikari.connection-init-sql} (its lookups need none). Not a
	 * default candidate: every other {@code DataSource} injection gets the application's
	 * pool.
	 * @param database where the application's pool connects
	 * @param environment for {@code smr.db.request-pool.*}
	 * @return the pool (connects on first use)
	 */
	@Bean(defaultCandidate = false)
	@SpringSessionDataSource
	DataSource requestDataSource(JdbcConnectionDetails database, Environment environment) {
		DataSourceBuilder<?> builder = DataSourceBuilder.create(getClass().getClassLoader())
			.url(database.getJdbcUrl())
			.username(database.getUsername())
			.password(database.getPassword());
		if (database.getDriverClassName() != null) {
			builder.driverClassName(database.getDriverClassName());
		}
		DataSource pool = builder.build();
		// size, name and timeout: smr.db.request-pool.* (application.properties)
		Binder.get(environment).bind("smr.db.request-pool", Bindable.ofInstance(pool));
		this.requestPool = pool;
		return pool;
	}

	/**
	 * Spring Session's transactions, on the request pool; a session read runs without
	 * one.
	 * @param requestDataSource the request pool
	 * @return the transactions
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(@SpringSessionDataSource DataSource requestDataSource) {
		return new SessionTransactions(new TransactionTemplate(new DataSourceTransactionManager(requestDataSource)));
	}

	@Override
	public void destroy() throws Exception {
		if (this.requestPool instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
		return (repository) -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

	/**
	 * Hands Spring Session the JDBC repository wrapped in a
	 * {@link QuietSessionRepository}.
	 * @param environment for {@code smr.security.session-touch-every}
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor quietSessionRepository(Environment environment) {
		Duration touchEvery = environment.getProperty("smr.security.session-touch-every", Duration.class,
				Duration.ofMinutes(1));
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository sessions) {
					return new QuietSessionRepository((FindByIndexNameSessionRepository) sessions, sessions::destroy,
							touchEvery);
				}
				return bean;
			}
		};
	}

	/**
	 * Around Spring Session's filter: a session saved during a request is handed back
	 * within that request only.
	 * @return the filter's registration
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> forgetSavedSessionFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						QuietSessionRepository.serving(() -> chain.doFilter(request, response));
					}
				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
