package org.smrdesk.core.pagecache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page cache ({@link PageCache}): on unless {@code smr.page-cache.enabled=false}. The
 * application's data source tells {@link TablesRead} every statement it sends, so that a
 * kept page knows the tables it read.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "smr.page-cache.enabled", havingValue = "true", matchIfMissing = true)
public class PageCacheConfiguration implements WebMvcConfigurer {

	@Bean
	PageCache pageCache(Clock clock, @Value("${smr.page-cache.keep-for:1m}") Duration keepFor,
			@Value("${smr.page-cache.size:32MB}") DataSize size,
			@Value("${smr.page-cache.largest-page:512KB}") DataSize largestPage) {
		return new PageCache(clock, keepFor, size, largestPage);
	}

	/**
	 * The tables' positions in {@code table_version}, read once the migrations have run.
	 * @param jdbc the database
	 * @return what reads them
	 */
	@Bean
	SmartInitializingSingleton tablesReadKnowTheTables(JdbcTemplate jdbc) {
		return () -> TablesRead.know(jdbc.queryForList("select name from table_version order by id", String.class));
	}

	@Bean
	static BeanPostProcessor statementsTellTheTablesRead() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(new StatementListener())
						.build();
				}
				return bean;
			}

		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CachedPageInterceptor());
	}

	/**
	 * Tells {@link TablesRead} each statement before it is sent.
	 */
	static final class StatementListener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			for (QueryInfo query : queries) {
				TablesRead.statement(query.getQuery());
			}
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

	}

}
