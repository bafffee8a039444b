package org.smrdesk.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smrdesk.TestDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A journey through the real application in headless Chromium (Debian's {@code chromium}
 * and {@code chromedriver}; {@code .ci/run} installs them). One browser for all the
 * browser test classes of a test run (started by the first, quit when the run ends; each
 * test starts signed out, at the usual window size, with an empty console); screenshots
 * land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@Tag("browser")
public abstract class BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

	@BeforeAll
	static synchronized void startBrowser() throws IOException {
		if (browser != null) {
			return;
		}
		System.setProperty("SE_OFFLINE", "true");
		Path chromium = installed("CHROMIUM_BIN", "/usr/bin/chromium");
		Path chromedriver = installed("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--remote-debugging-pipe", "--window-size=1280,900",
				"--user-data-dir=" + Files.createTempDirectory("smr-chromium"));
		// the console (CSP violations among it) for tests that read it
		org.openqa.selenium.logging.LoggingPreferences logging = new org.openqa.selenium.logging.LoggingPreferences();
		logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		// axe-core takes seconds a page, more on a loaded machine: the default 30 s
		// ran out in a whole-suite run beside other builds
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		Files.createDirectories(SCREENSHOTS);
		Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::stopBrowser));
	}

	/**
	 * The browser's executable, or a failure that says what is missing and how to install
	 * it (instead of a WebDriver stack trace).
	 */
	static Path installed(String variable, String fallback) {
		Path path = Path.of(System.getenv().getOrDefault(variable, fallback));
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException("The browser tests need Chromium and ChromeDriver, and " + path
					+ " is missing: install them with 'apt-get install -y chromium chromium-driver' (.ci/run does),"
					+ " or point " + variable + " at the executable");
		}
		return path;
	}

	private static synchronized void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void startSignedOut() {
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1280, 900));
		// what earlier tests left in the console is not this test's
		browser.manage().logs().get(LogType.BROWSER);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	protected void signIn(String email, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		clickAndWait(By.cssSelector("button[type=submit]"));
	}

	protected void signOut() {
		clickAndWait(By.xpath("//form[contains(@action,'/logout')]//button"));
	}

	/**
	 * Clicks a button that loads a new page, and waits until the new page is there.
	 * @param button the button (or link)
	 */
	protected void clickAndWait(By button) {
		WebElement page = browser.findElement(By.tagName("html"));
		WebElement target = browser.findElement(button);
		scrollTo(target);
		target.click();
		waitFor(replaced(page));
	}

	/**
	 * The page's element is gone: as {@link ExpectedConditions#stalenessOf}, and also
	 * when Chromium (156) answers for a node of the document being replaced with the
	 * inspector error "Node with given id does not belong to the document" instead of
	 * "stale".
	 * @param element an element of the page before
	 * @return the condition
	 */
	protected static ExpectedCondition<Boolean> replaced(WebElement element) {
		return (driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		};
	}

	/**
	 * Submits the page's main form (its first submit button inside {@code main}) and
	 * waits for the answer.
	 */
	protected void submitForm() {
		clickAndWait(By.cssSelector("main form:not([role=search]) button[type=submit]"));
	}

	/**
	 * Scrolls an element into the middle of the window at once (Bootstrap's smooth
	 * scrolling would make a click below the fold land on another element).
	 * @param element the element
	 */
	protected void scrollTo(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	protected WebElement find(By by) {
		return browser.findElement(by);
	}

	/**
	 * The elements found now, without waiting for one to appear (for checks that there is
	 * none: {@code findElements} would wait the implicit two seconds first).
	 * @param by what to find
	 * @return the elements present now
	 */
	protected List<WebElement> present(By by) {
		return present(browser, by);
	}

	/**
	 * The elements inside a given one found now, without waiting.
	 * @param context where to look
	 * @param by what to find
	 * @return the elements present now
	 */
	protected List<WebElement> present(SearchContext context, By by) {
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return context.findElements(by);
		}
		finally {
			browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		}
	}

	/**
	 * Runs axe-core on the page (WCAG 2 A and AA, 2.1 A and AA).
	 * @return the violations, each with the page's path, the rule, its help and the
	 * elements
	 * @throws IOException when axe-core cannot be read
	 */
	@SuppressWarnings("unchecked")
	protected List<String> axe() throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
			try (InputStream script = BrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
				js.executeScript(new String(script.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then((r) => done(r.violations.map((v) => ({ id: v.id, help: v.help,
				      nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')).join(' | ') }))))
				  .catch((e) => done([{ id: 'axe-error', help: String(e), nodes: '' }]));""");
		List<String> found = new ArrayList<>();
		violations.forEach((v) -> found.add(browser.getCurrentUrl().replaceFirst("http://localhost:\\d+", "") + " "
				+ v.get("id") + ": " + v.get("help") + " → " + v.get("nodes")));
		return found;
	}

	protected void type(String id, String text) {
		WebElement element = browser.findElement(By.id(id));
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * Names a colleague in a type-ahead field (fragments/lookup :: colleague) as a user
	 * does: types the name and waits until static/js/lookup.js has matched it to an
	 * offered colleague.
	 * @param field the field (its hidden id's id)
	 * @param name the colleague's full name
	 */
	protected void chooseColleague(String field, String name) {
		type(field + "-lookup", name);
		waitFor((driver) -> !driver.findElement(By.id(field)).getDomProperty("value").isEmpty());
	}

	protected String pageText() {
		return browser.findElement(By.tagName("body")).getText();
	}

	protected <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

	/**
	 * Saves a full-window PNG under {@code target/screenshots/}.
	 * @param name the file name, without extension
	 * @return the file
	 */
	protected Path screenshot(String name) {
		try {
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
