package org.smrdesk.core;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Paging headers of every API list, written once for all: a list handler returns a
 * {@link PagedModel} or an {@link ApiPage} (the page with {@code page.totalElements} in
 * the body) and this advice adds RFC 8288 {@code Link} headers ({@code first},
 * {@code prev}, {@code next}, {@code last}, each keeping the request's parameters:
 * filters, size and sort) and {@value #TOTAL}. Links are path-only (never built from the
 * request's host) and reach no deeper than {@link Paging#MAX_ROWS}. A step of a cursor
 * walk ({@link ApiCursor}) gets {@code rel="next"} with the next cursor, until the last.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiPageLinks implements ResponseBodyAdvice<Object> {

	/** The header with the number of matching records. */
	static final String TOTAL = "X-Total-Count";

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(request instanceof ServletServerHttpRequest servlet)) {
			return body;
		}
		PagedModel.PageMetadata metadata = (body instanceof PagedModel<?> page) ? page.getMetadata()
				: (body instanceof ApiPage<?> list) ? list.page() : null;
		if (metadata != null) {
			response.getHeaders().set(TOTAL, Long.toString(metadata.totalElements()));
			List<String> links = links(servlet.getServletRequest(), metadata);
			if (!links.isEmpty()) {
				response.getHeaders().set(HttpHeaders.LINK, String.join(", ", links));
			}
		}
		else if (body instanceof ApiPage<?> walk && walk.next() != null) {
			response.getHeaders()
				.set(HttpHeaders.LINK, link(servlet.getServletRequest(), ApiCursor.PARAMETER, walk.next(), "next"));
		}
		return body;
	}

	static List<String> links(HttpServletRequest request, PagedModel.PageMetadata metadata) {
		List<String> links = new ArrayList<>();
		if (metadata.size() <= 0) {
			return links;
		}
		long number = metadata.number();
		long last = Math.min(Math.max(0, metadata.totalPages() - 1), Paging.deepestPage((int) metadata.size()));
		links.add(link(request, 0, "first"));
		if (number > 0) {
			links.add(link(request, Math.min(number - 1, last), "prev"));
		}
		if (number < last) {
			links.add(link(request, number + 1, "next"));
		}
		links.add(link(request, last, "last"));
		return links;
	}

	private static String link(HttpServletRequest request, long page, String rel) {
		return link(request, "page", page, rel);
	}

	/**
	 * A link to this list with one parameter changed, keeping the others.
	 */
	private static String link(HttpServletRequest request, String parameter, Object value, String rel) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!parameter.equals(name)) {
				builder.queryParam(name, (Object[]) values);
			}
		});
		String target = builder.queryParam(parameter, value).build().encode().toUriString();
		return "<" + target + ">; rel=\"" + rel + "\"";
	}

}
