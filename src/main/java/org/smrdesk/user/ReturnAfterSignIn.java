package org.smrdesk.user;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;

/**
 * The page a visitor asked for before signing in, kept in a cookie instead of a session,
 * so that an anonymous request stores no session row (a crawler or a probe of a page used
 * to add one each). Spring Security's {@link CookieRequestCache}: the cookie holds the
 * path and query only, and is read back with this request's scheme and host (a cookie
 * naming another site, or not a path, is ignored). Only what a browser navigates to is
 * kept (a GET, not the favicon, an htmx or XHR fragment, JSON or an event stream), for as
 * long as a session may stay idle. Signing in goes there once and forgets it
 * ({@link SecondFactorSignIn}); the request is never replayed (the page is simply asked
 * for again). One bean, shared by the filter chain and {@link SecondFactorSignIn}.
 */
final class ReturnAfterSignIn extends CookieRequestCache {

	private static final RequestMatcher NAVIGATION = navigation();

	ReturnAfterSignIn(Duration keptFor) {
		setRequestMatcher(NAVIGATION);
		setCookieCustomizer((cookie) -> {
			cookie.setMaxAge((int) keptFor.toSeconds());
			cookie.setAttribute("SameSite", "Lax");
		});
	}

	/**
	 * Never replays a kept request: only GETs are kept, and the page asked for again
	 * after signing in is served as asked (Spring Security would otherwise answer it with
	 * the kept request's headers, which a cookie does not hold).
	 * @param request the request
	 * @param response the response
	 * @return {@code null}
	 */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null;
	}

	private static RequestMatcher navigation() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new AndRequestMatcher(paths.matcher(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(paths.matcher("/favicon.*")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("Upgrade", "websocket")),
				notAccepting(MediaType.APPLICATION_JSON), notAccepting(MediaType.TEXT_EVENT_STREAM),
				notAccepting(MediaType.MULTIPART_FORM_DATA));
	}

	private static RequestMatcher notAccepting(MediaType type) {
		MediaTypeRequestMatcher accepting = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(), type);
		accepting.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return new NegatedRequestMatcher(accepting);
	}

}
