package org.smrdesk.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs to render pages as the application does: every
 * feature's messages, the pager links and the time helper, on a fixed clock
 * ({@link #NOW}): what a page shows does not depend on when the test runs.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ MessageSourceConfiguration.class, PageLinks.class, Times.class })
@EnableConfigurationProperties(SmrProperties.class)
public class WebTestConfiguration {

	/** "Now" in every controller slice test. */
	public static final Instant NOW = Instant.parse("2026-11-16T10:30:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return new ClockConfiguration().validationClock(clock);
	}

}
