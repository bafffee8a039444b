package org.smrdesk.core;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * WebJars are served versionless ({@code /webjars/bootstrap/css/bootstrap.min.css}) by
 * the resource chain's WebJars resolver when the file is requested; links in pages are
 * not rewritten. Spring Boot would otherwise register a {@link ResourceUrlEncodingFilter}
 * that looks up every {@code @{...}} link of every page as a possible static file (a
 * class-path search over every jar, ~0.8 ms per link), although no page links to a
 * versioned resource.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
