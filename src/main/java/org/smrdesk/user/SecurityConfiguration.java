package org.smrdesk.user;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smrdesk.core.DatabaseOutage;
import org.smrdesk.core.SecurityHeaders;
import org.smrdesk.core.SmrProperties;
import org.smrdesk.core.Times;
import org.smrdesk.core.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

/**
 * Who may reach what. Pages use form login with CSRF; the JSON API under {@code /api/}
 * uses HTTP Basic without a session. Role rules per route sit on the controllers
 * ({@code @PreAuthorize}); rules that depend on the record (department, owner) sit in the
 * services.
 * <p>
 * An anonymous request stores no session: the page asked for before signing in is kept in
 * a cookie ({@link ReturnAfterSignIn}), and so is the CSRF token of a request without a
 * session, the sign-in page's ({@link SignInCsrfTokens}); a session begins with the right
 * password.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	/**
	 * The Content-Security-Policy of every response: nothing inline, nothing from
	 * elsewhere.
	 */
	public static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private static final AccessDeniedHandler REFUSED = new AccessDeniedHandlerImpl();

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http,
			ObjectProvider<org.smrdesk.apitoken.ApiTokenService> tokens,
			@org.springframework.beans.factory.annotation.Value("${smr.api.basic-auth:true}") boolean basicAuth,
			ObjectProvider<SecurityEvents> events, ObjectProvider<SecondFactorService> secondFactors,
			ObjectProvider<org.smrdesk.core.pagecache.PageCache> pageCache) throws Exception {
		events.ifAvailable((recorder) -> http.addFilterAfter(new AccessDeniedRecorder(recorder),
				SecurityContextHolderFilter.class));
		secondFactors
			.ifAvailable((service) -> http.addFilterAfter(new SecondFactorFilters.NoBasicWithSecondFactor(service),
					org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class));
		// personal access tokens (Authorization: Bearer); HTTP Basic unless
		// smr.api.basic-auth=false
		tokens.ifAvailable((service) -> http.addFilterBefore(new org.smrdesk.apitoken.BearerTokenFilter(service),
				org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class));
		if (basicAuth) {
			http.httpBasic((basic) -> basic.authenticationEntryPoint(SecurityConfiguration::problemUnauthorized));
		}
		// kept answers for a token, only after authorization (core.pagecache)
		pageCache.ifAvailable((cache) -> http.addFilterAfter(new org.smrdesk.core.pagecache.PageCacheFilter(cache),
				org.springframework.security.web.access.intercept.AuthorizationFilter.class));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(SecurityConfiguration::problemUnauthorized))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurityFilterChain(HttpSecurity http, ObjectProvider<UserRepository> users,
			ObjectProvider<Clock> clock, ObjectProvider<Times> times, ObjectProvider<JdbcTemplate> jdbc,
			SmrProperties properties, ObjectProvider<SecurityEvents> events,
			ObjectProvider<SecondFactorService> secondFactors, ObjectProvider<SecondFactorSignIn> signIn,
			@SpringSessionDataSource ObjectProvider<DataSource> requestPool,
			ObjectProvider<org.smrdesk.core.pagecache.PageCache> pageCache, RequestCache requestCache,
			CsrfTokenRepository csrfTokens) throws Exception {
		events.ifAvailable((recorder) -> http.addFilterAfter(new AccessDeniedRecorder(recorder),
				SecurityContextHolderFilter.class));
		UserRepository repository = users.getIfAvailable();
		if (repository != null) {
			// absent only in controller slice tests, whose principals are not in the
			// database. The rights check runs on the request pool, beside the session
			// read (core.SessionConfiguration: planned once per connection)
			DataSource requestDataSource = requestPool.getIfAvailable();
			JdbcTemplate rights = (requestDataSource != null) ? new JdbcTemplate(requestDataSource) : jdbc.getObject();
			http.addFilterAfter(new FreshPrincipalFilter(rights, clock.getObject(),
					properties.security().absoluteTimeout(), times.getIfAvailable()),
					SecurityContextHolderFilter.class);
			if (properties.security().requireMfaForLead()) {
				// after the principal is read fresh
				http.addFilterAfter(new SecondFactorFilters.RequiredForLead(secondFactors.getObject()),
						SecurityContextHolderFilter.class);
			}
		}
		// kept pages are sent only to requests that passed authorization
		pageCache.ifAvailable((cache) -> http.addFilterAfter(new org.smrdesk.core.pagecache.PageCacheFilter(cache),
				org.springframework.security.web.access.intercept.AuthorizationFilter.class));
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/login/code", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico")
			.permitAll()
			.requestMatchers(EndpointRequest.to("health", "info"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("LEAD")
			.anyRequest()
			.authenticated()).formLogin((form) -> {
				form.loginPage("/login").failureHandler(loginFailureHandler()).permitAll();
				// a user with a second factor is sent to the code page, not signed in yet
				signIn.ifAvailable(form::successHandler);
			})
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.requestCache((cache) -> cache.requestCache(requestCache))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(SecurityConfiguration::accessDenied))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		headers(http);
		return http.build();
	}

	/**
	 * Where the page asked for before signing in is kept: a cookie, not the session.
	 * @param properties for how long (the idle timeout of a session)
	 * @return the one request cache of the pages (also {@link SecondFactorSignIn}'s)
	 */
	@Bean
	RequestCache requestCache(SmrProperties properties) {
		return new ReturnAfterSignIn(properties.security().idleTimeout());
	}

	/**
	 * Where CSRF tokens are kept: before signing in in a cookie, with a session in the
	 * session.
	 * @return the pages' CSRF token repository
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new SignInCsrfTokens();
	}

	/**
	 * A sign-in whose page's CSRF token is missing or wrong (the page's cookie is gone,
	 * or the form was not this site's): the sign-in page again, saying it had expired,
	 * rather than the 403 page; nobody is signed in. Every other refusal is the 403 page.
	 */
	private static void accessDenied(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception) throws IOException, ServletException {
		if (exception instanceof CsrfException && SIGN_IN.matches(request)) {
			response.sendRedirect(request.getContextPath() + "/login?pageExpired");
			return;
		}
		REFUSED.handle(request, response, exception);
	}

	/**
	 * No Micrometer observation around each security filter, each authorization and each
	 * {@code @PreAuthorize}: with an observation registry present (Actuator), Spring
	 * Security started, tagged and stopped one per filter of every request (~10 % of the
	 * CPU of a small page, measured with JFR under load), and nothing reads those
	 * metrics. Requests stay measured as a whole ({@code http.server.requests}).
	 * @return the settings
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny())
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()")));
	}

	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, exception) -> {
			if (DatabaseOutage.causedBy(exception)) {
				// the user could not be read: the 503 page (core.DatabaseOutageFilter)
				throw exception;
			}
			String target = isLocked(exception) ? "/login?locked" : "/login?error";
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	/**
	 * Whether sign-in failed because the account is throttled (the provider wraps the
	 * exception thrown while loading the user).
	 * @param exception the failure
	 * @return true when locked
	 */
	static boolean isLocked(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof LockedException) {
				return true;
			}
		}
		return false;
	}

	private static void problemUnauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (DatabaseOutage.causedBy(exception)) {
			// the user could not be read: not a wrong password (core.DatabaseOutageFilter
			// answers)
			throw exception;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"SMR Desk\"");
		Problems.write(response, HttpStatus.UNAUTHORIZED,
				"Send a personal access token (Authorization: Bearer) or, where allowed, HTTP Basic.");
	}

	/**
	 * Argon2id for new hashes (no 72-byte limit: passphrases in any script); BCrypt
	 * hashes from before, with or without the {@code {bcrypt}} prefix, still match.
	 * @return the encoder
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", bcrypt));
		encoder.setDefaultPasswordEncoderForMatches(bcrypt);
		return encoder;
	}

	@Bean
	AuthenticationProvider authenticationProvider(UserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, java.time.Clock clock) {
		return new SessionSafeAuthenticationProvider(userDetailsService, passwordEncoder, clock);
	}

}
