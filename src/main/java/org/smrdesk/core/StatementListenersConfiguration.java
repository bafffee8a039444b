package org.smrdesk.core;

import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every statement the application's pool sends passes the {@link QueryExecutionListener}
 * beans, in their order, just before it is sent: {@link StatementPlanning} (how
 * PostgreSQL plans it) and, when the page cache is on, what tells a kept page the tables
 * it read ({@code core.pagecache}). One proxy around the application's {@code DataSource}
 * (datasource-proxy); the request pool ({@link SessionConfiguration}) is not wrapped.
 */
@Configuration(proxyBeanMethods = false)
class StatementListenersConfiguration {

	@Bean
	StatementPlanning statementPlanning() {
		return new StatementPlanning();
	}

	@Bean
	static BeanPostProcessor statementsPassTheListeners(BeanFactory beans) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(new Listeners(beans.getBeanProvider(QueryExecutionListener.class)))
						.build();
				}
				return bean;
			}

		};
	}

	/**
	 * The listener beans, looked up on the first statement (the data source is made
	 * before most beans).
	 */
	static final class Listeners implements QueryExecutionListener {

		private final ObjectProvider<QueryExecutionListener> provider;

		private volatile List<QueryExecutionListener> listeners;

		Listeners(ObjectProvider<QueryExecutionListener> provider) {
			this.provider = provider;
		}

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			List<QueryExecutionListener> all = this.listeners;
			if (all == null) {
				all = this.provider.orderedStream().toList();
				this.listeners = all;
			}
			for (QueryExecutionListener listener : all) {
				listener.beforeQuery(execution, queries);
			}
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

	}

}
