package org.smrdesk.user;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.smrdesk.core.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in in two steps for users with a second factor. After the right password such a
 * user is <em>not</em> signed in: the session only remembers who is half-way (for
 * {@link #PENDING_FOR}), and the code page ({@link SignInCodeController}) finishes the
 * sign-in. Every rule of the application therefore sees an anonymous visitor until the
 * code is right. Users without a second factor are signed in at once, as before. Either
 * way the user goes back to the page first asked for, kept by the pages' one
 * {@link RequestCache} ({@link ReturnAfterSignIn}), which is then forgotten.
 */
@org.springframework.stereotype.Component
class SecondFactorSignIn implements AuthenticationSuccessHandler {

	static final String PENDING = SecondFactorSignIn.class.getName() + ".pending";

	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	private final SecondFactorService secondFactors;

	private final UserRepository users;

	private final Clock clock;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

	private final RequestCache requests;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final TransactionTemplate reading;

	SecondFactorSignIn(SecondFactorService secondFactors, UserRepository users, Clock clock,
			PlatformTransactionManager transactions, RequestCache requests) {
		this.secondFactors = secondFactors;
		this.users = users;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.requests = requests;
		this.signedIn.setRequestCache(requests);
	}

	/** Who gave the right password and still owes a code. */
	record Pending(long userId, String email, Instant since) implements Serializable {
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof CurrentUser user && this.secondFactors.isEnabled(user.id())) {
			// the password was right, but that is only half: not signed in yet
			this.holder.clearContext();
			HttpSession session = request.getSession();
			session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			session.setAttribute(PENDING, new Pending(user.id(), user.email(), this.clock.instant()));
			// the page first asked for is kept until the code is right
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		// read from the request's cookie, forgotten in the response's
		this.requests.removeRequest(request, response);
		this.signedIn.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Who is half-way through signing in in this session, if anyone (and not for too
	 * long).
	 * @param request the request
	 * @return the pending sign-in
	 */
	Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(PENDING) instanceof Pending pending) {
			if (pending.since().plus(PENDING_FOR).isAfter(this.clock.instant())) {
				return Optional.of(pending);
			}
			session.removeAttribute(PENDING);
		}
		return Optional.empty();
	}

	/**
	 * Finishes the sign-in after a right code: a new session id, the user as the database
	 * has them now (still active), and back to the page they first asked for.
	 * @param pending who is signing in
	 * @param request the request
	 * @param response the response
	 * @return where to go next (an absolute or application path), or empty when the user
	 * can no longer sign in
	 */
	Optional<String> complete(Pending pending, HttpServletRequest request, HttpServletResponse response) {
		request.getSession().removeAttribute(PENDING);
		Optional<CurrentUser> user = this.reading.execute((status) -> this.users.findById(pending.userId())
			.filter(User::isActive)
			.map((found) -> found.toCurrentUser().withoutCredentials()));
		if (user.isEmpty()) {
			return Optional.empty();
		}
		request.changeSessionId();
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		token.setDetails(new WebAuthenticationDetails(request));
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(token);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		SavedRequest saved = this.requests.getRequest(request, response);
		this.requests.removeRequest(request, response);
		return Optional.of((saved != null) ? saved.getRedirectUrl() : "/");
	}

}
