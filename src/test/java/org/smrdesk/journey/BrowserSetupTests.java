package org.smrdesk.journey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Without Chromium the browser journeys say what is missing and how to install it.
 */
class BrowserSetupTests {

	@Test
	void aMissingBrowserIsNamedWithTheCommandThatInstallsIt() {
		assertThatIllegalStateException()
			.isThrownBy(() -> BrowserTest.installed("SMR_TEST_NO_SUCH_VARIABLE", "/nonexistent/chromium"))
			.withMessageContaining("/nonexistent/chromium is missing")
			.withMessageContaining("apt-get install -y chromium chromium-driver");
	}

}
