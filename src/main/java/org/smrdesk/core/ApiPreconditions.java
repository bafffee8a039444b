package org.smrdesk.core;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where a change through the API must be conditional: a handler that
 * {@linkplain ApiVersions#changesRecord changes a record} is not run without an
 * {@code If-Match} header, and the client gets a 428 problem detail (RFC 6585) saying to
 * send the ETag from a GET, before its body is read or checked. The caller's right comes
 * first: when the handler's role rule ({@code @PreAuthorize}, on the method or its class)
 * refuses the caller, the answer is 403 whatever the headers, so nobody learns about
 * preconditions of a change they may not make. (Rights on the record itself, such as its
 * department, are the service's and are checked once the record is read, after this.)
 * Nothing to add per controller: the handlers pass the header to
 * {@link ApiVersions#expected}.
 */
@Configuration(proxyBeanMethods = false)
class ApiPreconditions implements WebMvcConfigurer, HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && ApiVersions.changesRecord(method)) {
			String ifMatch = request.getHeader(ApiVersions.IF_MATCH);
			if (ifMatch == null || ifMatch.isBlank()) {
				if (!mayCall(method)) {
					throw new AccessDeniedException("The handler's role rule refuses this caller");
				}
				throw new ApiVersions.PreconditionRequiredException();
			}
		}
		return true;
	}

	/**
	 * Whether the handler's {@code @PreAuthorize} admits the signed-in caller, evaluated
	 * as method security will evaluate it (no rule admits everyone; the rules of the API
	 * do not read the handler's arguments, which are not resolved yet).
	 */
	private boolean mayCall(HandlerMethod handler) {
		SimpleMethodInvocation invocation = new SimpleMethodInvocation(handler.getBean(), handler.getMethod(),
				new Object[handler.getMethod().getParameterCount()]);
		AuthorizationResult result = this.roles.authorize(() -> SecurityContextHolder.getContext().getAuthentication(),
				invocation);
		return result == null || result.isGranted();
	}

}
