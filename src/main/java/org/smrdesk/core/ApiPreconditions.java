package org.smrdesk.core;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where a change through the API must be conditional: a handler that
 * {@linkplain ApiVersions#changesRecord changes a record} is not run without an
 * {@code If-Match} header, and the client gets a 428 problem detail (RFC 6585) saying to
 * send the ETag from a GET, before its body is read or checked. Nothing to add per
 * controller: the handlers pass the header to {@link ApiVersions#expected}.
 */
@Configuration(proxyBeanMethods = false)
class ApiPreconditions implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && ApiVersions.changesRecord(method)) {
			String ifMatch = request.getHeader(ApiVersions.IF_MATCH);
			if (ifMatch == null || ifMatch.isBlank()) {
				throw new ApiVersions.PreconditionRequiredException();
			}
		}
		return true;
	}

}
