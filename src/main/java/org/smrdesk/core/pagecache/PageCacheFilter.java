package org.smrdesk.core.pagecache;

import java.io.IOException;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a kept page again ({@link PageCache}), or keeps the one rendered now when its
 * handler is a {@link CachedPage}, with the tables it read ({@link TablesRead}). Runs in
 * the pages' security filter chain after authorization, so it is asked only for requests
 * the user may make; and only for a signed-in session (or an API token, {@link #ownedBy})
 * whose user and tables' numbers were read on this request ({@link DataVersion}).
 */
public class PageCacheFilter extends OncePerRequestFilter {

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final String OWNER = PageCacheFilter.class.getName() + ".OWNER";

	private final PageCache cache;

	/**
	 * A filter.
	 * @param cache the kept pages
	 */
	public PageCacheFilter(PageCache cache) {
		this.cache = cache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		DataVersion.Read read = DataVersion.of(request);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String id = (session != null) ? session.getId()
				: (request.getAttribute(OWNER) instanceof String owner) ? owner : null;
		if (id == null || read == null || authentication == null || TablesRead.known() == 0) {
			chain.doFilter(request, response);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			// a change by this session shows to it at once
			this.cache.forget(id);
			chain.doFilter(request, response);
			return;
		}
		if (session != null && hasFlash(session)) {
			// a message for this one view
			chain.doFilter(request, response);
			return;
		}
		PageCache.Key key = this.cache.key(id, authentication.getPrincipal(), describe(request));
		PageCache.Page kept = this.cache.get(key, read.versions());
		if (kept != null) {
			send(kept, response);
			return;
		}
		CapturedResponse captured = new CapturedResponse(response, this.cache.largestPage());
		request.setAttribute(CapturedResponse.ATTRIBUTE, captured);
		TablesRead.Recording recording = TablesRead.start();
		BitSet tables;
		List<BooleanSupplier> checks;
		try {
			TablesRead.add(read.tables());
			chain.doFilter(request, captured);
		}
		finally {
			tables = recording.tables();
			checks = recording.checks();
			recording.stop();
		}
		if (captured.cachedPage()) {
			this.cache.countRendered();
		}
		HttpSession after = request.getSession(false);
		if (captured.storable() && (session == null || (after != null && id.equals(after.getId())))) {
			this.cache.put(key, captured.page(tables, read.versions(), checks));
		}
		captured.finish();
	}

	/**
	 * Names who a request without a session speaks for (an API token), so that its pages
	 * are kept for it alone.
	 * @param request the request
	 * @param owner a name no session id can take ({@code "token:42"})
	 */
	public static void ownedBy(HttpServletRequest request, String owner) {
		request.setAttribute(OWNER, owner);
	}

	private static boolean hasFlash(HttpSession session) {
		return session.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty();
	}

	/**
	 * What the response may depend on besides the user and the data: the path, the
	 * parameters, and the headers a page reads (htmx's, the language, the accepted
	 * types).
	 */
	private static String describe(HttpServletRequest request) {
		StringBuilder description = new StringBuilder(128).append(request.getRequestURI());
		// the parameters as the handler sees them: not the raw query, for the same page
		// may be asked for with its parameters in another order or encoding
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			description.append('\n').append(name);
			for (String value : values) {
				description.append('=').append(value).append('\u0000');
			}
		});
		header(description, request, "Accept");
		header(description, request, "Accept-Language");
		Enumeration<String> names = request.getHeaderNames();
		while (names.hasMoreElements()) {
			String name = names.nextElement();
			if (name.regionMatches(true, 0, "HX-", 0, 3)) {
				header(description, request, name);
			}
		}
		return description.toString();
	}

	private static void header(StringBuilder description, HttpServletRequest request, String name) {
		String value = request.getHeader(name);
		if (value != null) {
			description.append('\n').append(name.toLowerCase(Locale.ROOT)).append(": ").append(value);
		}
	}

	private static void send(PageCache.Page page, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		for (Map.Entry<String, String> header : page.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		byte[] body = page.bodyToSend();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
