package org.smrdesk.core;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.util.function.SingletonSupplier;

/**
 * Spring Data JPA parses every {@code @Query} with its own ANTLR grammar when it creates
 * a repository, although it needs that parse only when the method first derives a count
 * query, applies a sort or reads a projection. At start-up this parse was the largest
 * single item of the main thread (docs/benchmarks.md, "Session 9"). Here each query's
 * parse waits for its first use: Hibernate still parses and checks every query at
 * start-up (a wrong query still stops the application), and its parse is the one that
 * runs the query. Once the application is ready, a background thread parses the rest.
 */
@Configuration(proxyBeanMethods = false)
public class DeferredQueryParsing {

	private static final Logger logger = LoggerFactory.getLogger(DeferredQueryParsing.class);

	@Bean
	static DeferredParsing deferredQueryParsingForRepositories() {
		return new DeferredParsing(
				new DeferredSelector(QueryEnhancerSelector.DEFAULT_SELECTOR, new ConcurrentLinkedQueue<>()));
	}

	/**
	 * Gives every repository the deferring selector, and once the application is ready
	 * parses what no request has asked for yet, on a background thread, so that first
	 * requests seldom pay for it.
	 */
	static final class DeferredParsing implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

		private final DeferredSelector selector;

		DeferredParsing(DeferredSelector selector) {
			this.selector = selector;
		}

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
				factory.setQueryEnhancerSelectorSource(this.selector);
			}
			return bean;
		}

		@Override
		public void onApplicationEvent(ApplicationReadyEvent event) {
			Thread thread = new Thread(this.selector::parseAll, "deferred-query-parsing");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			thread.start();
		}

	}

	/** Selects as Spring Data does, and creates enhancers that parse on first use. */
	record DeferredSelector(QueryEnhancerSelector selector,
			Queue<DeferredEnhancer> unparsed) implements QueryEnhancerSelector {

		/** Parses every query not parsed yet (each at most once, whoever asks first). */
		void parseAll() {
			for (DeferredEnhancer enhancer = this.unparsed.poll(); enhancer != null; enhancer = this.unparsed.poll()) {
				try {
					enhancer.parsed().get();
				}
				catch (RuntimeException ex) {
					// the query's first use will fail with the same reason, where it is
					// reported
					logger.warn("Spring Data could not parse the query {}: {}", enhancer.query().getQueryString(),
							ex.getMessage());
				}
			}
		}

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			QueryEnhancerFactory factory = this.selector.select(query);
			return new QueryEnhancerFactory() {

				@Override
				public boolean supports(DeclaredQuery declared) {
					return factory.supports(declared);
				}

				@Override
				public QueryEnhancer create(QueryProvider provider) {
					DeferredEnhancer enhancer = new DeferredEnhancer(provider,
							SingletonSupplier.of(() -> factory.create(provider)));
					DeferredSelector.this.unparsed.add(enhancer);
					return enhancer;
				}

			};
		}

	}

	/** A query enhancer that parses its query the first time it is asked anything. */
	record DeferredEnhancer(QueryProvider query, Supplier<QueryEnhancer> parsed) implements QueryEnhancer {

		@Override
		public boolean isSelectQuery() {
			return this.parsed.get().isSelectQuery();
		}

		@Override
		public boolean hasConstructorExpression() {
			return this.parsed.get().hasConstructorExpression();
		}

		@Override
		public String detectAlias() {
			return this.parsed.get().detectAlias();
		}

		@Override
		public String getProjection() {
			return this.parsed.get().getProjection();
		}

		@Override
		public QueryProvider getQuery() {
			return this.query;
		}

		@Override
		public String rewrite(QueryRewriteInformation rewriteInformation) {
			return this.parsed.get().rewrite(rewriteInformation);
		}

		@Override
		public String createCountQueryFor(String countProjection) {
			return this.parsed.get().createCountQueryFor(countProjection);
		}

	}

}
