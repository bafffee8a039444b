package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 for tests: each path answers with a handler the test
 * sets; every request is recorded.
 */
final class FeedServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

	final List<HttpExchange> requests = new CopyOnWriteArrayList<>();

	FeedServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/", (exchange) -> {
			this.requests.add(exchange);
			HttpHandler handler = this.routes.get(exchange.getRequestURI().getPath());
			if (handler == null) {
				send(exchange, 404, "text/plain", "not found".getBytes(), Map.of());
				return;
			}
			handler.handle(exchange);
		});
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	void on(String path, HttpHandler handler) {
		this.routes.put(path, handler);
	}

	void serve(String path, int status, String contentType, byte[] body, Map<String, String> headers) {
		on(path, (exchange) -> send(exchange, status, contentType, body, headers));
	}

	List<HttpExchange> requestsTo(String path) {
		return this.requests.stream().filter((e) -> e.getRequestURI().getPath().equals(path)).toList();
	}

	static void send(HttpExchange exchange, int status, String contentType, byte[] body, Map<String, String> headers)
			throws IOException {
		headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		if (contentType != null) {
			exchange.getResponseHeaders().add("Content-Type", contentType);
		}
		boolean empty = body == null || body.length == 0 || status == 304;
		exchange.sendResponseHeaders(status, empty ? -1 : body.length);
		if (!empty) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
		((java.util.concurrent.ExecutorService) this.server.getExecutor()).shutdownNow();
	}

}
