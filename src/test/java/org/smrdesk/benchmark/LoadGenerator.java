package org.smrdesk.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small closed-loop HTTP/1.1 load generator, in the spirit of {@code wrk}: a fixed
 * number of keep-alive connections, each sending the next GET as soon as the previous
 * response has been read completely, for a fixed time. Plain sockets, so the client costs
 * little CPU next to the server on the same machine. Requests still running at the
 * deadline are waited for and counted; throughput is completed requests over the time
 * until the last one ended.
 */
final class LoadGenerator {

	private final int port;

	LoadGenerator(int port) {
		this.port = port;
	}

	/**
	 * What one run measured.
	 *
	 * @param requests completed requests
	 * @param seconds from the start until the last response
	 * @param statuses responses per status code (0: connection error)
	 * @param nanos each request's latency, sorted
	 * @param bytes body size of the last response
	 */
	record Run(int requests, double seconds, Map<Integer, Integer> statuses, long[] nanos, long bytes) {

		double perSecond() {
			return this.requests / this.seconds;
		}

		double percentileMillis(double p) {
			if (this.nanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * this.nanos.length) - 1;
			return this.nanos[Math.max(0, Math.min(index, this.nanos.length - 1))] / 1e6;
		}

		static Run merge(List<Run> runs) {
			Map<Integer, Integer> statuses = new TreeMap<>();
			runs.forEach((run) -> run.statuses().forEach((status, n) -> statuses.merge(status, n, Integer::sum)));
			long[] nanos = runs.stream().flatMapToLong((run) -> Arrays.stream(run.nanos())).sorted().toArray();
			return new Run(runs.stream().mapToInt(Run::requests).sum(), runs.stream().mapToDouble(Run::seconds).sum(),
					statuses, nanos, runs.get(runs.size() - 1).bytes());
		}

		String statusText() {
			if (this.statuses.size() == 1) {
				return String.valueOf(this.statuses.keySet().iterator().next());
			}
			List<String> parts = new ArrayList<>();
			this.statuses.forEach((status, n) -> parts.add(n + "×" + ((status == 0) ? "error" : status)));
			return String.join(" ", parts);
		}

		int mainStatus() {
			return this.statuses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
		}

	}

	/**
	 * Sends one request and reads the whole response.
	 * @param path the path and query
	 * @param headers extra request headers ({@code Name: value})
	 * @return the run of one request
	 */
	Run once(String path, List<String> headers) {
		return run(path, headers, 1, Duration.ZERO);
	}

	/**
	 * Keeps {@code connections} connections busy for {@code duration}.
	 * @param path the path and query
	 * @param headers extra request headers ({@code Name: value})
	 * @param connections concurrent connections
	 * @param duration how long to start new requests
	 * @return what was measured
	 */
	Run run(String path, List<String> headers, int connections, Duration duration) {
		byte[] request = request(path, headers);
		ExecutorService threads = Executors.newFixedThreadPool(connections);
		try {
			CountDownLatch ready = new CountDownLatch(connections);
			CountDownLatch go = new CountDownLatch(1);
			long[] start = new long[1];
			List<Future<Worker>> futures = new ArrayList<>();
			for (int i = 0; i < connections; i++) {
				futures.add(threads.submit(() -> {
					Worker worker = new Worker(request);
					ready.countDown();
					go.await();
					worker.loop(start[0] + duration.toNanos());
					return worker;
				}));
			}
			ready.await();
			start[0] = System.nanoTime();
			go.countDown();
			List<Worker> workers = new ArrayList<>();
			for (Future<Worker> future : futures) {
				workers.add(future.get());
			}
			long end = workers.stream().mapToLong((w) -> w.lastEnd).max().orElse(System.nanoTime());
			Map<Integer, Integer> statuses = new TreeMap<>();
			workers.forEach((w) -> w.statuses.forEach((status, n) -> statuses.merge(status, n, Integer::sum)));
			long[] nanos = workers.stream().flatMapToLong((w) -> Arrays.stream(w.nanos, 0, w.count)).sorted().toArray();
			return new Run(nanos.length, (end - start[0]) / 1e9, statuses, nanos, workers.get(0).lastBytes);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

	private byte[] request(String path, List<String> headers) {
		StringBuilder text = new StringBuilder();
		text.append("GET ").append(path).append(" HTTP/1.1\r\n");
		text.append("Host: 127.0.0.1:").append(this.port).append("\r\n");
		text.append("Accept: */*\r\nAccept-Language: en\r\n");
		headers.forEach((header) -> text.append(header).append("\r\n"));
		text.append("\r\n");
		return text.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** One connection's loop: request, read the whole response, repeat. */
	private final class Worker {

		private final byte[] request;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		private long[] nanos = new long[1024];

		private int count;

		private long lastEnd;

		private long lastBytes;

		private final Map<Integer, Integer> statuses = new TreeMap<>();

		Worker(byte[] request) {
			this.request = request;
		}

		void loop(long deadline) {
			try {
				do {
					long begin = System.nanoTime();
					int status;
					try {
						status = exchange();
					}
					catch (IOException ex) {
						status = 0;
						close();
					}
					this.lastEnd = System.nanoTime();
					if (this.count == this.nanos.length) {
						this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
					}
					this.nanos[this.count++] = this.lastEnd - begin;
					this.statuses.merge(status, 1, Integer::sum);
				}
				while (System.nanoTime() < deadline);
			}
			finally {
				close();
			}
		}

		private int exchange() throws IOException {
			if (this.socket == null) {
				this.socket = new Socket();
				this.socket.setTcpNoDelay(true);
				this.socket.setSoTimeout(300_000);
				this.socket.connect(new InetSocketAddress("127.0.0.1", LoadGenerator.this.port), 10_000);
				this.in = new BufferedInputStream(this.socket.getInputStream(), 65536);
				this.out = this.socket.getOutputStream();
			}
			this.out.write(this.request);
			this.out.flush();
			String statusLine = line();
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			long bytes = 0;
			if (chunked) {
				for (long size = chunkSize(); size > 0; size = chunkSize()) {
					this.in.skipNBytes(size);
					line();
					bytes += size;
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length >= 0) {
				this.in.skipNBytes(length);
				bytes = length;
			}
			else {
				bytes = this.in.transferTo(OutputStream.nullOutputStream());
				close = true;
			}
			this.lastBytes = bytes;
			if (close) {
				close();
			}
			return status;
		}

		private long chunkSize() throws IOException {
			String size = line();
			int extension = size.indexOf(';');
			return Long.parseLong((extension >= 0) ? size.substring(0, extension).trim() : size.trim(), 16);
		}

		private String line() throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new IOException("connection closed");
				}
				if (b != '\r') {
					bytes.write(b);
				}
			}
			return bytes.toString(StandardCharsets.ISO_8859_1);
		}

		private void close() {
			if (this.socket != null) {
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.socket = null;
			}
		}

	}

}
