package org.smrdesk;

import org.springframework.boot.SpringApplication;

/**
 * What {@code ./mvnw spring-boot:run} starts: the application with the demo profile and,
 * unless {@code SMR_DB_URL} is set, an embedded PostgreSQL.
 */
public final class TestSmrApplication {

	private TestSmrApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(SmrApplication::main).with(DevDatabaseConfiguration.class).run(args);
	}

}
