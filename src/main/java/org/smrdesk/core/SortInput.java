package org.smrdesk.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where {@code sort} request parameters are checked, for pages and the API
 * alike: each value ({@code property}, {@code property,asc}, {@code a,b,desc}) must name
 * properties the handler declares with {@link SortableBy} (and, for
 * {@link SortableBy#overseers()}, the user must be the lead or a manager). Anything else
 * is a {@link UnsortableException} (400), never a query failure.
 */
@Configuration(proxyBeanMethods = false)
class SortInput implements WebMvcConfigurer, HandlerInterceptor {

	static final String PARAMETER = "sort";

	private static final Set<String> DIRECTIONS = Set.of("asc", "desc");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String[] values = request.getParameterValues(PARAMETER);
		if (request.getParameter(ApiCursor.PARAMETER) != null
				&& (values != null || request.getParameter("page") != null)) {
			throw new ApiCursor.InvalidCursorException(
					"A cursor walks the list in the order its records were created: leave out sort and page.");
		}
		if (values == null || !(handler instanceof HandlerMethod method)) {
			return true;
		}
		SortableBy sortable = sortableBy(method);
		for (String value : values) {
			for (String property : properties(value)) {
				if (!allowed(sortable, property)) {
					throw new UnsortableException(property);
				}
			}
		}
		return true;
	}

	/**
	 * The properties a {@code sort} value names (Spring Data's syntax: comma-separated,
	 * an optional direction last).
	 * @param value the parameter value
	 * @return the properties
	 */
	static String[] properties(String value) {
		String[] parts = value.split(",", -1);
		int end = parts.length;
		if (end > 1 && DIRECTIONS.contains(parts[end - 1].trim().toLowerCase(Locale.ROOT))) {
			end--;
		}
		return Arrays.copyOf(parts, end);
	}

	private static boolean allowed(SortableBy sortable, String property) {
		if (sortable == null) {
			return false;
		}
		if (Arrays.asList(sortable.value()).contains(property)) {
			return true;
		}
		return Arrays.asList(sortable.overseers()).contains(property) && isOverseer();
	}

	private static boolean isOverseer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> Role.LEAD.authority().equals(a.getAuthority())
					|| Role.MANAGER.authority().equals(a.getAuthority()));
	}

	static SortableBy sortableBy(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (Pageable.class.isAssignableFrom(type) || Sort.class.isAssignableFrom(type)) {
				SortableBy sortable = parameter.getParameterAnnotation(SortableBy.class);
				if (sortable != null) {
					return sortable;
				}
			}
		}
		return null;
	}

}
