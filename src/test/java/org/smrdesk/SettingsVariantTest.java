package org.smrdesk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} with the settings that differ from the tests' own, all at
 * once, so the classes that need one of them share one more application context instead
 * of starting one each: company figures kept a minute, as in production
 * ({@code smr.home.figures-for=1m}), and the API without HTTP Basic
 * ({@code smr.api.basic-auth=false}). A class that uses it must not depend on the other
 * setting; add a setting here (rather than a {@code @TestPropertySource} of its own) when
 * the classes using it do not mind it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = { "smr.home.figures-for=1m", "smr.api.basic-auth=false" })
public @interface SettingsVariantTest {

}
