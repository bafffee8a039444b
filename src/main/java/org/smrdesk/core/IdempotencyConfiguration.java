package org.smrdesk.core;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Every page form that posts gets a fresh idempotency key in a hidden field (next to the
 * CSRF token, with no change to the templates), and {@link IdempotencyInterceptor}
 * honours it and the API's {@code Idempotency-Key} header.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<JdbcTemplate> jdbc;

	private final ObjectProvider<Clock> clock;

	IdempotencyConfiguration(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		JdbcTemplate template = this.jdbc.getIfAvailable();
		if (template != null) {
			// absent only in controller slice tests
			registry.addInterceptor(new IdempotencyInterceptor(template, this.clock.getObject()));
		}
	}

	@Bean
	static BeanPostProcessor idempotencyKeyInForms() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof KeyedForms)) {
					return new KeyedForms(processor);
				}
				return bean;
			}

		};
	}

	/**
	 * Adds the key wherever the CSRF token goes (forms that do not use GET).
	 */
	static final class KeyedForms implements RequestDataValueProcessor {

		private final RequestDataValueProcessor delegate;

		KeyedForms(RequestDataValueProcessor delegate) {
			this.delegate = delegate;
		}

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return this.delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return this.delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = this.delegate.getExtraHiddenFields(request);
			if (fields == null || fields.isEmpty()) {
				return fields;
			}
			Map<String, String> keyed = new LinkedHashMap<>(fields);
			keyed.put(IdempotencyInterceptor.PARAMETER, UUID.randomUUID().toString());
			return keyed;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return this.delegate.processUrl(request, url);
		}

	}

}
