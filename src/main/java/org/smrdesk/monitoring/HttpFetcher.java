package org.smrdesk.monitoring;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

/**
 * Fetches a source's address the careful way: every hop checked by the SSRF guard,
 * redirects followed by us (a bounded number), conditional GET, a cap on the body size
 * and one deadline for the whole response, body included.
 */
@Component
class HttpFetcher {

	private final HttpClient client;

	private final MonitoringProperties properties;

	private final AddressGuard guard;

	private final Clock clock;

	HttpFetcher(MonitoringProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.guard = new AddressGuard(properties.allowPrivateAddresses());
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
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
			HttpRequest.Builder request = HttpRequest.newBuilder(uri)
				.timeout(this.properties.readTimeout())
				.header("User-Agent", this.properties.userAgent())
				.header("Accept", accept)
				.GET();
			if (hop == 0 && etag != null) {
				request.header("If-None-Match", etag);
			}
			if (hop == 0 && lastModified != null) {
				request.header("If-Modified-Since", lastModified);
			}
			HttpResponse<byte[]> response = send(request.build());
			int status = response.statusCode();
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

	private HttpResponse<byte[]> send(HttpRequest request) throws FetchException {
		long limit = this.properties.maxResponseSize().toBytes();
		CompletableFuture<HttpResponse<byte[]>> future = this.client.sendAsync(request,
				(info) -> new CappedBody(limit));
		try {
			return future.get(this.properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new FetchException(
					"No complete answer within " + this.properties.readTimeout().toSeconds() + " s (timeout)");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			throw new FetchException("Interrupted");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof TooLargeException) {
				throw new FetchException("The answer is larger than " + limit + " bytes");
			}
			if (cause instanceof java.net.http.HttpTimeoutException) {
				throw new FetchException("Timed out: " + cause.getMessage());
			}
			throw new FetchException("Could not fetch: " + ((cause != null) ? cause.getMessage() : ex.getMessage()),
					cause);
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

	static final class TooLargeException extends RuntimeException {

		TooLargeException() {
			super("too large");
		}

	}

	/** Collects the body and fails as soon as it passes the cap. */
	static final class CappedBody implements BodySubscriber<byte[]> {

		private final long limit;

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private Flow.Subscription subscription;

		CappedBody(long limit) {
			this.limit = limit;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			for (ByteBuffer item : items) {
				if (this.out.size() + item.remaining() > this.limit) {
					this.subscription.cancel();
					this.result.completeExceptionally(new TooLargeException());
					return;
				}
				byte[] bytes = new byte[item.remaining()];
				item.get(bytes);
				this.out.writeBytes(bytes);
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.result.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.result.complete(this.out.toByteArray());
		}

	}

}
