package org.smrdesk.core.pagecache;

import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page cache's database side: the application's data source tells {@link TablesRead}
 * every statement it sends, so that a kept page knows the tables it read; the tables'
 * positions are read by {@link KeptTables}, which is there with the cache off too. Not a
 * {@code WebMvcConfigurer}, so the MVC test slices (which have no database) leave it out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "smr.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class TablesReadConfiguration {

	/**
	 * The cache in the metrics ({@code /actuator/prometheus}):
	 * {@code smr_page_cache_views_total{result="sent"|"rendered"}}, the views of pages
	 * the cache was asked for on this node, sent from memory or rendered, and
	 * {@code smr_page_cache_pages}, how many are kept.
	 * @param cache the cache
	 * @return the meters
	 */
	@Bean
	MeterBinder pageCacheMetrics(PageCache cache) {
		return (registry) -> {
			FunctionCounter.builder("smr.page.cache.views", cache, PageCache::sent)
				.description("Views of cached pages on this node sent from memory")
				.tag("result", "sent")
				.register(registry);
			FunctionCounter.builder("smr.page.cache.views", cache, PageCache::rendered)
				.description("Views of cached pages on this node rendered (first views and views after a change)")
				.tag("result", "rendered")
				.register(registry);
			Gauge.builder("smr.page.cache.pages", cache, PageCache::size)
				.description("Pages kept on this node")
				.register(registry);
		};
	}

	/**
	 * Tells {@link TablesRead} each statement the application's pool sends (through
	 * {@code core.StatementListenersConfiguration}).
	 * @return the listener
	 */
	@Bean
	StatementListener statementsTellTheTablesRead() {
		return new StatementListener();
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
