package org.smrdesk;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check, without curl or a shell in the image:
 * {@code java -cp /app/classes org.smrdesk.HealthCheck [url]} exits 0 when the health
 * group answers 200 (default: readiness on port 8080), 1 otherwise.
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	public static void main(String[] args) {
		String url = (args.length > 0) ? args[0] : "http://127.0.0.1:8080/actuator/health/readiness";
		System.exit(isUp(url) ? 0 : 1);
	}

	static boolean isUp(String url) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
			connection.setConnectTimeout(2000);
			connection.setReadTimeout(3000);
			try {
				return connection.getResponseCode() == 200;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
