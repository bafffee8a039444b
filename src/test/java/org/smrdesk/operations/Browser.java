package org.smrdesk.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A user's browser over real HTTP: one cookie jar, whichever node it talks to (as behind
 * a load balancer), redirects not followed so each node's answer can be checked.
 */
final class Browser {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	/**
	 * Submits a form as a browser would: its hidden fields (CSRF token, idempotency key)
	 * and the given values, to the given address.
	 * @param form the form as rendered (by any node)
	 * @param url where to post it
	 * @param values the typed values
	 * @return the answer
	 */
	HttpResponse<String> submit(Element form, String url, Map<String, String> values) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[type=hidden]")) {
			fields.put(input.attr("name"), input.attr("value"));
		}
		fields.putAll(values);
		return post(url, fields);
	}

	HttpResponse<String> post(String url, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Signs in on the node at {@code base}.
	 * @param base the node's address
	 * @param email the user
	 * @param password the password
	 * @return the answer to the sign-in
	 */
	HttpResponse<String> signIn(String base, String email, String password) {
		Element form = form(get(base + "/login"), "form");
		return submit(form, base + "/login", Map.of("username", email, "password", password));
	}

	static Element form(HttpResponse<String> page, String selector) {
		Document document = Jsoup.parse(page.body());
		Element form = document.selectFirst(selector);
		if (form == null) {
			throw new IllegalStateException("No " + selector + " in " + page.uri() + " (" + page.statusCode() + ")");
		}
		return form;
	}

	boolean hasSession() {
		return this.cookies.containsKey("SESSION");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		request.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((e) -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String name = pair.substring(0, eq).trim();
				String value = pair.substring(eq + 1).trim();
				if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
