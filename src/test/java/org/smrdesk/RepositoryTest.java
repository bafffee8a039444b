package org.smrdesk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.smrdesk.core.CoreTestConfiguration;

import org.springframework.context.annotation.Import;

/**
 * JPA repositories against a real PostgreSQL with the real Flyway migrations; each test
 * rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, CoreTestConfiguration.class })
public @interface RepositoryTest {

}
