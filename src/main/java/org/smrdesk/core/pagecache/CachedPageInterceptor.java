package org.smrdesk.core.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells the response of a {@link CachedPage} handler to keep its body
 * ({@link PageCacheFilter}); every other response passes through untouched.
 */
class CachedPageInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(CapturedResponse.ATTRIBUTE) instanceof CapturedResponse captured
				&& handler instanceof HandlerMethod method && cached(method)) {
			captured.keep();
		}
		return true;
	}

	private static boolean cached(HandlerMethod method) {
		return method.hasMethodAnnotation(CachedPage.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), CachedPage.class);
	}

}
