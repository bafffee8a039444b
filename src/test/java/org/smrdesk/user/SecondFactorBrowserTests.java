package org.smrdesk.user;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;
import org.smrdesk.journey.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in in a real browser: set up from the account page (key, QR code, code),
 * recovery codes shown once, then signing in with the password and a code. Screenshots of
 * each page, and zero axe-core violations on the new pages.
 */
class SecondFactorBrowserTests extends BrowserTest {

	@Test
	void aUserSetsUpTwoStepSignInAndSignsInWithACode() throws IOException {
		String email = TestData.user(this.jdbc, Role.STAFF, "Two-step Browser");
		List<String> violations = new ArrayList<>();
		signIn(email, TestData.PASSWORD);
		open("/account");
		screenshot("two-step-1-account");
		clickAndWait(By.cssSelector("a[href='/account/two-step']"));
		String secret = find(By.id("secret")).getText().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.querySelector('img.qr-code').naturalWidth")).intValue()).isPositive();
		screenshot("two-step-2-set-up");
		violations.addAll(axe());

		type("enable-code", "000000");
		submitForm();
		assertThat(pageText()).contains("This code is not right");
		screenshot("two-step-3-wrong-code");
		type("enable-code", TotpCodes.codeAt(secret, Instant.now()));
		submitForm();
		assertThat(browser.findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
		screenshot("two-step-4-recovery-codes");
		violations.addAll(axe());

		signOut();
		signIn(email, TestData.PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/login/code");
		screenshot("two-step-5-code-step");
		violations.addAll(axe());
		// the next step's code: the one just used to set it up is refused
		type("code", TotpCodes.codeAt(secret, Instant.now().plus(TotpCodes.STEP)));
		clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		open("/account");
		assertThat(pageText()).contains("10 recovery codes left");
		screenshot("two-step-6-account-on");
		assertThat(violations).isEmpty();
	}

}
