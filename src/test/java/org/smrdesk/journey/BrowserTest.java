package org.smrdesk.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
 * and {@code chromedriver}; {@code .ci/run} installs them). One browser per test class;
 * screenshots land in {@code target/screenshots/}.
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

	@BeforeAll
	static void startBrowser() throws IOException {
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
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		Files.createDirectories(SCREENSHOTS);
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

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void startSignedOut() {
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1280, 900));
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
		waitFor(ExpectedConditions.stalenessOf(page));
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

	protected void type(String id, String text) {
		WebElement element = browser.findElement(By.id(id));
		element.clear();
		element.sendKeys(text);
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
