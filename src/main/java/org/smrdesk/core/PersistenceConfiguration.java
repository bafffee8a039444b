package org.smrdesk.core;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * JPA auditing (who and when), stamped from the signed-in user and the application
 * {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
@Import(ClockConfiguration.class)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditingDateTimeProvider")
class PersistenceConfiguration {

	/** The name recorded when no user is signed in (start-up jobs, scheduled polling). */
	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> auditor() {
		return () -> Optional.of(currentActor());
	}

	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName())) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
