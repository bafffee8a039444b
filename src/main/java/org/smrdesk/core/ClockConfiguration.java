package org.smrdesk.core;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application (UTC): every "now" comes from it, Bean
 * Validation's {@code @PastOrPresent} included. Zones for display and input come from
 * {@link Times}.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return (configuration) -> configuration.clockProvider(() -> clock);
	}

}
