package org.smrdesk.core;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in the database, safe for several requests at once in one session (two tabs, a
 * double click): when two requests add the same attribute (flash messages, say), the
 * second one updates it instead of failing on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
		return (repository) -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

}
