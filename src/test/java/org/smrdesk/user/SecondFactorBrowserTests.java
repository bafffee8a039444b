package org.smrdesk.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

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

	@SuppressWarnings("unchecked")
	private List<String> axe() throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
			try (InputStream script = getClass().getClassLoader().getResourceAsStream(AXE)) {
				js.executeScript(new String(script.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then((r) => done(r.violations.map((v) => ({ id: v.id, help: v.help,
				      nodes: v.nodes.map((n) => n.target.join(' ')).join(' | ') }))))
				  .catch((e) => done([{ id: 'axe-error', help: String(e), nodes: '' }]));""");
		List<String> violations = new ArrayList<>();
		found.forEach((v) -> violations
			.add(browser.getCurrentUrl() + " " + v.get("id") + ": " + v.get("help") + " → " + v.get("nodes")));
		return violations;
	}

}
