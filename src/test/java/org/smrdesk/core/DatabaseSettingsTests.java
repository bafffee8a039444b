package org.smrdesk.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smrdesk.SmrApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The packaged application never starts an embedded database: without {@code SMR_DB_URL}
 * it stops with one line saying what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseSettingsTests {

	@Test
	void withoutADatabaseUrlTheApplicationStopsAndSaysWhatToSet(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(SmrApplication.class).web(WebApplicationType.NONE)
				.properties("spring.datasource.url=", "SMR_DB_URL=", "logging.level.root=WARN")
				.run());
		assertThat(output).contains(DatabaseSettingsFailureAnalyzer.DESCRIPTION);
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(new DatabaseSettingsFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

}
