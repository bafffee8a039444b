package org.smrdesk.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches a source's address the careful way: every hop checked by the SSRF guard, whose
 * resolver is the connection's (each host resolved once, the vetted addresses are the
 * ones connected to), redirects followed by us (a bounded number), conditional GET, a cap
 * on the body size and one deadline for the whole response, body included.
 */
@Component
class HttpFetcher implements DisposableBean {

	private final CloseableHttpClient client;

	private final MonitoringProperties properties;

	private final AddressGuard guard;

	private final Clock clock;

	private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "monitoring-fetch-deadline");
		thread.setDaemon(true);
		return thread;
	});

	@Autowired
	HttpFetcher(MonitoringProperties properties, Clock clock) {
		this(properties, clock, new AddressGuard(properties.allowPrivateAddresses()));
	}

	HttpFetcher(MonitoringProperties properties, Clock clock, AddressGuard guard) {
		this.properties = properties;
		this.clock = clock;
		this.guard = guard;
		DnsResolver resolver = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				try {
					return guard.vetted(host);
				}
				catch (FetchException ex) {
					throw new RefusedHost(ex.getMessage());
				}
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}

		};
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(resolver)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(properties.connectTimeout()))
					.setSocketTimeout(Timeout.of(properties.readTimeout()))
					.build())
				.build())
			.setDefaultRequestConfig(
					RequestConfig.custom().setResponseTimeout(Timeout.of(properties.readTimeout())).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.setUserAgent(properties.userAgent())
			.build();
	}

	/**
	 * Fetches an address.
	 * @param url where
	 * @param etag the ETag of the last answer, or null
	 * @param lastModified the Last-Modified of the last answer, or null
	 * @param accept the Accept header
	 * @return the final answer (never a redirect)
	 * @throws FetchException when no usable answer came
	 */
	Fetched fetch(String url, String etag, String lastModified, String accept) throws FetchException {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new FetchException("Not a valid address: " + url);
		}
		String permanent = null;
		boolean allPermanent = true;
		for (int hop = 0; hop <= this.properties.maxRedirects(); hop++) {
			this.guard.check(uri);
			HttpGet request = new HttpGet(uri);
			request.setHeader("Accept", accept);
			if (hop == 0 && etag != null) {
				request.setHeader("If-None-Match", etag);
			}
			if (hop == 0 && lastModified != null) {
				request.setHeader("If-Modified-Since", lastModified);
			}
			Answer response = send(request);
			int status = response.status();
			if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
				String location = response.headers().firstValue("Location").orElse(null);
				if (location == null) {
					throw new FetchException("Redirect (" + status + ") without a Location header");
				}
				try {
					uri = uri.resolve(location.strip());
				}
				catch (IllegalArgumentException ex) {
					throw new FetchException("Redirect to an invalid address: " + location);
				}
				allPermanent &= (status == 301 || status == 308);
				if (allPermanent) {
					permanent = uri.toString();
				}
				continue;
			}
			return new Fetched(status, response.headers(), response.body(), uri.toString(), permanent);
		}
		throw new FetchException("Too many redirects (more than " + this.properties.maxRedirects() + ")");
	}

	/** One request, its body read up to the cap, all of it within the deadline. */
	private Answer send(HttpGet request) throws FetchException {
		long limit = this.properties.maxResponseSize().toBytes();
		AtomicBoolean late = new AtomicBoolean();
		ScheduledFuture<?> deadline = this.deadlines.schedule(() -> {
			late.set(true);
			request.cancel();
		}, this.properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
		try (ClassicHttpResponse response = this.client.executeOpen(null, request, null)) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (Header header : response.getHeaders()) {
				headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), (k) -> new java.util.ArrayList<>())
					.add(header.getValue());
			}
			HttpEntity entity = response.getEntity();
			byte[] body = new byte[0];
			if (entity != null) {
				if (entity.getContentLength() > limit) {
					request.cancel();
					throw new FetchException("The answer is larger than " + limit + " bytes");
				}
				body = read(entity, limit, request);
			}
			return new Answer(response.getCode(), HttpHeaders.of(headers, (name, value) -> true), body);
		}
		catch (RefusedHost ex) {
			throw new FetchException(ex.getMessage());
		}
		catch (IOException ex) {
			if (late.get()) {
				throw new FetchException(
						"No complete answer within " + this.properties.readTimeout().toSeconds() + " s (timeout)");
			}
			if (ex.getCause() instanceof FetchException refused) {
				throw refused;
			}
			if (ex instanceof java.io.InterruptedIOException) {
				throw new FetchException("Timed out: " + ex.getMessage());
			}
			if (ex instanceof UnknownHostException) {
				throw new FetchException("Unknown host " + ex.getMessage());
			}
			throw new FetchException("Could not fetch: " + ex.getMessage(), ex);
		}
		finally {
			deadline.cancel(false);
		}
	}

	private static byte[] read(HttpEntity entity, long limit, HttpGet request) throws IOException, FetchException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = entity.getContent()) {
			byte[] buffer = new byte[8192];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				if (out.size() + n > limit) {
					request.cancel();
					throw new FetchException("The answer is larger than " + limit + " bytes");
				}
				out.write(buffer, 0, n);
			}
		}
		return out.toByteArray();
	}

	@Override
	public void destroy() throws IOException {
		this.deadlines.shutdownNow();
		this.client.close();
	}

	private record Answer(int status, HttpHeaders headers, byte[] body) {
	}

	/** A host the guard refused, as the resolver must say it. */
	static final class RefusedHost extends UnknownHostException {

		RefusedHost(String message) {
			super(message);
		}

	}

	/**
	 * When to come back after a 429 or 503: {@code Retry-After} in seconds or as an HTTP
	 * date; without it, in an hour.
	 * @param headers the answer's headers
	 * @return the moment
	 */
	Instant retryAfter(HttpHeaders headers) {
		Instant now = this.clock.instant();
		String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
		if (value != null) {
			if (value.matches("\\d{1,9}")) {
				return now.plusSeconds(Long.parseLong(value));
			}
			try {
				return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				// fall through to the default
			}
		}
		return now.plus(Duration.ofHours(1));
	}

	/**
	 * A final answer.
	 *
	 * @param status the HTTP status
	 * @param headers its headers
	 * @param body its body (at most the cap)
	 * @param url the address that answered
	 * @param movedTo the new address after permanent redirects only, or null
	 */
	record Fetched(int status, HttpHeaders headers, byte[] body, String url, String movedTo) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
