package org.smrdesk.core.pagecache;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page cache ({@link PageCache}): on unless {@code smr.page-cache.enabled=false}. Its
 * database side is {@link TablesReadConfiguration}.
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CachedPageInterceptor());
	}

}
