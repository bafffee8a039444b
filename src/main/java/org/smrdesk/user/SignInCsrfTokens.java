package org.smrdesk.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where CSRF tokens are kept, so that no token is ever the reason a session is stored.
 * Before signing in (the sign-in page, {@code GET} and {@code POST /login}, and any other
 * request without a session) in a cookie of its own: HttpOnly, SameSite=Strict, so a form
 * posted from another site arrives without it; signing in clears it. With a session, as
 * before, in the session: every signed-in page's token is the session's, and a token of
 * the sign-in page is refused there. (Spring Security would otherwise store a session for
 * the sign-in page's token, and for the token it makes up when an anonymous POST arrives
 * without one.)
 */
final class SignInCsrfTokens implements CsrfTokenRepository {

	/** The sign-in page's token cookie. */
	static final String COOKIE = "SIGN-IN-CSRF";

	private final RequestMatcher signInPage = PathPatternRequestMatcher.withDefaults().matcher("/login");

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SignInCsrfTokens() {
		this.cookie.setCookieName(COOKIE);
		// as the session's tokens (the sign-in form sends the parameter)
		this.cookie.setHeaderName("X-CSRF-TOKEN");
		this.cookie.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Strict"));
	}

	private CsrfTokenRepository of(HttpServletRequest request) {
		return (this.signInPage.matches(request) || request.getSession(false) == null) ? this.cookie : this.session;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return of(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return of(request).loadToken(request);
	}

	@Override
	public DeferredCsrfToken loadDeferredToken(HttpServletRequest request, HttpServletResponse response) {
		return of(request).loadDeferredToken(request, response);
	}

}
