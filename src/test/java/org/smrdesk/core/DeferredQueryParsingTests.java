package org.smrdesk.core;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.smrdesk.core.DeferredQueryParsing.DeferredSelector;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancer.QueryRewriteInformation;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.repository.query.ReturnedType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Spring Data's parse of a declared query waits for the query's first use, answers as the
 * parse it defers to, and happens once; {@code parseAll} parses what nothing asked for.
 */
class DeferredQueryParsingTests {

	private final AtomicInteger parses = new AtomicInteger();

	private final DeferredSelector selector = new DeferredSelector(counting(QueryEnhancerSelector.DEFAULT_SELECTOR),
			new ConcurrentLinkedQueue<>());

	private static final String QUERY = "select a from Activity a where a.title = :title";

	@Test
	void createsWithoutParsingAndParsesOnceOnFirstUse() {
		QueryEnhancer enhancer = enhancerFor(QUERY);
		assertThat(this.parses).hasValue(0);
		assertThat(enhancer.getQuery().getQueryString()).isEqualTo(QUERY);
		assertThat(this.parses).hasValue(0);

		QueryEnhancer eager = QueryEnhancerSelector.DEFAULT_SELECTOR.select(DeclaredQuery.jpqlQuery(QUERY))
			.create(DeclaredQuery.jpqlQuery(QUERY));
		assertThat(enhancer.detectAlias()).isEqualTo("a").isEqualTo(eager.detectAlias());
		assertThat(enhancer.createCountQueryFor(null)).isEqualTo(eager.createCountQueryFor(null)).contains("count(a)");
		assertThat(enhancer.hasConstructorExpression()).isFalse();
		QueryRewriteInformation byTitle = new QueryRewriteInformation() {

			@Override
			public Sort getSort() {
				return Sort.by("title");
			}

			@Override
			public ReturnedType getReturnedType() {
				return null;
			}

		};
		assertThat(enhancer.rewrite(byTitle)).isEqualTo(eager.rewrite(byTitle)).endsWith("order by a.title asc");
		assertThat(this.parses).hasValue(1);
	}

	@Test
	void parseAllParsesWhatNoUseAskedForOnlyOnce() {
		QueryEnhancer used = enhancerFor(QUERY);
		enhancerFor("select c from Contact c");
		used.detectAlias();
		assertThat(this.parses).hasValue(1);

		this.selector.parseAll();
		assertThat(this.parses).hasValue(2);
		this.selector.parseAll();
		assertThat(this.parses).hasValue(2);
	}

	@Test
	void parseAllCarriesOnPastAQuerySpringDataCannotParse() {
		QueryEnhancer broken = enhancerFor("select a from Activity a where (((");
		enhancerFor(QUERY);

		this.selector.parseAll();
		assertThat(this.parses).hasValue(2);
		assertThat(this.selector.unparsed()).isEmpty();
		assertThat(broken.getQuery().getQueryString()).isEqualTo("select a from Activity a where (((");
		assertThatRuntimeException().isThrownBy(broken::detectAlias);
	}

	private QueryEnhancer enhancerFor(String query) {
		DeclaredQuery declared = DeclaredQuery.jpqlQuery(query);
		return this.selector.select(declared).create(declared);
	}

	private QueryEnhancerSelector counting(QueryEnhancerSelector selector) {
		return (query) -> {
			QueryEnhancerFactory factory = selector.select(query);
			return new QueryEnhancerFactory() {

				@Override
				public boolean supports(DeclaredQuery declared) {
					return factory.supports(declared);
				}

				@Override
				public QueryEnhancer create(QueryProvider provider) {
					DeferredQueryParsingTests.this.parses.incrementAndGet();
					return factory.create(provider);
				}

			};
		};
	}

}
