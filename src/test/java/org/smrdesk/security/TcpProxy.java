package org.smrdesk.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small TCP proxy on 127.0.0.1 in front of the test database, so a test can take the
 * database away from the application and give it back: {@link #cut()} closes every
 * forwarded connection and refuses new ones (as a stopped server does),
 * {@link #restore()} forwards again.
 */
final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final ServerSocket server;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile boolean cut;

	private volatile byte[] marker;

	private volatile Socket armed;

	TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "tcp-proxy-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	void cut() {
		this.cut = true;
		for (Socket socket : this.open) {
			closeQuietly(socket);
		}
		this.open.clear();
	}

	void restore() {
		this.cut = false;
		this.marker = null;
		this.armed = null;
	}

	/**
	 * Cuts the database away the moment it has confirmed the commit of the transaction
	 * that sent {@code text} (a value written by the request under test): the write is
	 * saved, and everything the application does after it fails.
	 * @param text a unique value the transaction writes
	 */
	void cutAfterCommitOf(String text) {
		this.marker = text.getBytes(StandardCharsets.UTF_8);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (this.cut) {
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket(this.targetHost, this.targetPort);
				this.open.add(client);
				this.open.add(upstream);
				pump(client, upstream, false);
				pump(upstream, client, true);
			}
			catch (IOException ex) {
				// closed, or the database refused: the client sees its connection drop
			}
		}
	}

	private void pump(Socket from, Socket to, boolean fromDatabase) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					out.write(buffer, 0, read);
					out.flush();
					watch(fromDatabase ? to : from, fromDatabase, buffer, read);
				}
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private void watch(Socket client, boolean fromDatabase, byte[] buffer, int length) {
		byte[] wanted = this.marker;
		if (wanted == null) {
			return;
		}
		if (!fromDatabase && this.armed == null && contains(buffer, length, wanted)) {
			this.armed = client;
		}
		else if (fromDatabase && this.armed == client && contains(buffer, length, COMMIT)) {
			cut();
		}
	}

	private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

	private static boolean contains(byte[] buffer, int length, byte[] wanted) {
		outer: for (int i = 0; i <= length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (buffer[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
		this.server.close();
	}

}
