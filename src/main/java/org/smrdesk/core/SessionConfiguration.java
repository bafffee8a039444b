package org.smrdesk.core;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in the database, safe for several requests at once in one session (two tabs, a
 * double click): when two requests add the same attribute (flash messages, say), the
 * second one updates it instead of failing on the primary key. Read once and written only
 * when something changed ({@link QuietSessionRepository}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

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
