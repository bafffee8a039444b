package org.smrdesk.core;

import org.aopalliance.intercept.MethodInterceptor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * What users see while the database is unreachable: the 503 page within the pool's 3 s
 * connection wait (see {@link DatabaseOutageFilter}); and never a failure for a write
 * that was saved: when the database goes just after a commit, the session (flash message,
 * last access) cannot be stored, which is logged rather than turned into an error page
 * for a change that was made.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	private static final Log logger = LogFactory.getLog(DatabaseOutageConfiguration.class);

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(SpringTemplateEngine templates) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(templates));
		// outside the session filter, which reads the session from the database
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		return registration;
	}

	@Bean
	static BeanPostProcessor sessionSavesSurviveOutages() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice((MethodInterceptor) (invocation) -> {
					String method = invocation.getMethod().getName();
					if (!"save".equals(method) && !"findById".equals(method)) {
						return invocation.proceed();
					}
					Object argument = invocation.getArguments()[0];
					String id = (argument instanceof Session session) ? session.getId() : String.valueOf(argument);
					if (DatabaseOutageFilter.unsavedInThisRequest(id)) {
						// the database just failed this request: no second 3 s wait
						return null;
					}
					try {
						return invocation.proceed();
					}
					catch (RuntimeException ex) {
						if (!"save".equals(method) || !DatabaseOutage.causedBy(ex)) {
							throw ex;
						}
						logger.warn("Session not saved: the database cannot be reached");
						DatabaseOutageFilter.markUnsaved(id);
						return null;
					}
				});
				return proxy.getProxy(bean.getClass().getClassLoader());
			}

		};
	}

}
