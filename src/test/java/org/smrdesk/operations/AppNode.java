package org.smrdesk.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smrdesk.SmrApplication;
import org.smrdesk.TestDatabases.Database;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One SMR Desk node, started as the packaged application starts (real HTTP on a random
 * port, the database given by properties, Flyway as the owner), for tests that run
 * several nodes on one database or restart on a restored one.
 */
final class AppNode implements AutoCloseable {

	static final String LEAD_EMAIL = "lead@ops.example";

	static final String LEAD_PASSWORD = "two nodes, one database";

	private final ConfigurableApplicationContext context;

	private AppNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a node.
	 * @param database where
	 * @param sources additional configuration classes
	 * @param extra additional properties ({@code key=value})
	 * @return the running node
	 */
	static AppNode start(Database database, List<Class<?>> sources, String... extra) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		properties.put("smr.db.migrate-user", database.ownerUsername());
		properties.put("smr.db.migrate-password", database.ownerPassword());
		properties.put("server.port", "0");
		properties.put("smr.admin.email", LEAD_EMAIL);
		properties.put("smr.admin.password", LEAD_PASSWORD);
		// schedules do not fire during a test: the tests run the jobs themselves
		properties.put("smr.monitoring.poll-every", "PT1H");
		properties.put("smr.monitoring.spike-check-every", "PT1H");
		properties.put("smr.security.seal-interval", "1h");
		properties.put("smr.security.integrity-check-interval", "1h");
		properties.put("smr.monitoring.allow-private-addresses", "true");
		// the tests' config/application.properties switches polling off; a node runs it,
		// as in production
		properties.put("smr.monitoring.polling", "true");
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.put("server.shutdown", "immediate");
		for (String pair : extra) {
			int eq = pair.indexOf('=');
			properties.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		List<Class<?>> all = new ArrayList<>();
		all.add(SmrApplication.class);
		all.addAll(sources);
		// as command-line arguments: they win over application.properties (defaults would
		// not)
		String[] args = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(args);
		return new AppNode(context);
	}

	String url(String path) {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return "http://127.0.0.1:" + port + path;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
