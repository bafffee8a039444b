package org.smrdesk.journey;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead adds a feed source (served by a local HTTP server), polls it, triages a
 * mention and escalates it into an incident.
 */
class MonitoringBrowserTests extends BrowserTest {

	private HttpServer feedServer;

	private String story;

	@BeforeEach
	void serveAFeed() throws IOException {
		this.story = "Kestrel hub " + UUID.randomUUID().toString().substring(0, 8);
		String rss = """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>Gadget blog</title><link>https://gadgets.example.com/</link>
				<description>Reviews</description>
				<item><title>%1$s overheats, readers say</title><link>https://gadgets.example.com/%2$s</link>
				<description>&lt;p&gt;Several readers report their &lt;b&gt;Kestrel&lt;/b&gt; hub getting hot.&lt;/p&gt;</description>
				<author>editor@gadgets.example.com (Jo Writer)</author><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>
				<item><title>%1$s: a quieter week</title><link>https://gadgets.example.com/%2$s-week</link>
				<description>Nothing to report.</description></item>
				</channel></rss>"""
			.formatted(this.story, UUID.randomUUID());
		byte[] body = rss.getBytes(StandardCharsets.UTF_8);
		this.feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.feedServer.createContext("/feed.xml", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.feedServer.start();
	}

	@AfterEach
	void stopFeed() {
		this.feedServer.stop(0);
	}

	@Test
	void theLeadAddsAFeedPollsItTriagesAMentionAndEscalatesIt() {
		String lead = TestData.user(this.jdbc, Role.LEAD, "Communications");
		signIn(lead, TestData.PASSWORD);
		open("/monitoring/sources/new");
		type("name", "Gadget blog " + this.story);
		type("url", "http://127.0.0.1:" + this.feedServer.getAddress().getPort() + "/feed.xml");
		screenshot("monitoring-source-form");
		submitForm();
		assertThat(pageText()).contains("Gadget blog " + this.story);

		clickAndWait(By.id("poll-now"));
		assertThat(find(By.id("poll-outcome")).getText()).contains("2 items read, 2 new mentions");
		assertThat(find(By.id("poll-log")).getText()).contains("Polled");
		screenshot("monitoring-source-polled");

		clickAndWait(By.linkText("Its mentions"));
		assertThat(pageText()).contains(this.story + " overheats, readers say");
		screenshot("monitoring-mentions");
		clickAndWait(By.linkText(this.story + " overheats, readers say"));
		assertThat(pageText()).contains("Several readers report their Kestrel hub getting hot.");

		new Select(find(By.id("state"))).selectByValue("REVIEWED");
		clickAndWait(By.id("triage-save"));
		assertThat(find(By.id("mention-state")).getText()).isEqualTo("Reviewed");

		clickAndWait(By.id("open-incident"));
		assertThat(find(By.id("title")).getAttribute("value")).isEqualTo(this.story + " overheats, readers say");
		assertThat(find(By.id("serviceName")).getAttribute("value")).isEqualTo("gadgets.example.com");
		new Select(find(By.id("kind"))).selectByValue("PRODUCT_PROBLEM");
		screenshot("monitoring-escalate");
		clickAndWait(By.id("escalate-submit"));

		assertThat(browser.getCurrentUrl()).contains("/incidents/");
		assertThat(pageText()).contains(this.story + " overheats, readers say").contains("Linked mention");
		screenshot("monitoring-incident");

		open("/monitoring/sources");
		assertThat(pageText()).contains("Gadget blog " + this.story);
		screenshot("monitoring-sources");
		open("/monitoring/mentions");
		assertThat(pageText()).contains(this.story + " overheats, readers say");
		screenshot("monitoring-inbox");
		open("/monitoring");
		assertThat(find(By.id("volume-by-query")).getText()).contains("Same days a year before");
		screenshot("monitoring-overview");
	}

}
