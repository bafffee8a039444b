package org.smrdesk.core;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown renderer keeps ordinary formatting and lets no script through.
 */
class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
			"<scr<script>ipt>alert(1)</script>", "<img src=x onerror=alert(1)>", "<img src=\"x\" onerror=\"alert(1)\">",
			"<p onclick=\"alert(1)\">click</p>", "<a href=\"#\" onmouseover=\"alert(1)\">hover</a>",
			"<body onload=alert(1)>", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>",
			"<svg/onload=alert(1)>", "<math><mtext><script>alert(1)</script></mtext></math>",
			"[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click](java\tscript:alert(1))",
			"[click](&#106;avascript:alert(1))", "[click](javascript&#58;alert(1))", "[click](%6Aavascript:alert(1))",
			"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "![x](javascript:alert(1))",
			"<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
			"<p style=\"background:url(javascript:alert(1))\">styled</p>",
			"<div style=\"expression(alert(1))\">x</div>", "<style>body{background:url(javascript:alert(1))}</style>",
			"<iframe src=\"https://evil.example\"></iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
			"<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">",
			"<form action=\"https://evil.example\"><input name=q></form>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<base href=\"https://evil.example/\">", "<link rel=stylesheet href=\"https://evil.example/x.css\">",
			"<details open ontoggle=alert(1)>",
			"<a href=\"https://ok.example\" target=\"_blank\" onfocus=\"alert(1)\" autofocus>x</a>",
			"&lt;script&gt;alert(1)&lt;/script&gt;", "<<script>script>alert(1)<</script>/script>",
			"<img src=`x` onerror=`alert(1)`>", "<a href=\"vbscript:msgbox(1)\">x</a>", "[x](<javascript:alert(1)>)",
			"[x][ref]\n\n[ref]: javascript:alert(1)",
			"<table><tr><td background=\"javascript:alert(1)\" onmouseover=alert(1)>x</td></tr></table>",
			"`<script>alert(1)</script>`", "```\n<script>alert(1)</script>\n```" })
	void noPayloadReachesThePage(String payload) {
		String html = this.renderer.render("Text before\n\n" + payload + "\n\nText after");
		String lower = html.toLowerCase(Locale.ROOT);
		assertThat(lower).doesNotContain("<script", "<svg", "<iframe", "<object", "<embed", "<style", "<form", "<meta",
				"<base", "<link", "<math", "<img", "<details", "<body");
		assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
		assertThat(lower).doesNotContainPattern("<[^>]*\\sstyle\\s*=");
		assertThat(lower).doesNotContainPattern("href\\s*=\\s*\"\\s*(javascript|data|vbscript)");
		assertThat(lower).doesNotContain("javascript:alert", "href=\"data:", "src=");
	}

	@Test
	void keepsOrdinaryFormattingListsCodeAndTables() {
		String html = this.renderer.render("""
				# Title

				Some **bold**, *italic* and `code`.

				- one
				- two

				3. three
				4. four

				> quoted

				```java
				int x = 1 < 2 ? 1 : 0;
				```

				<table><thead><tr><th>Channel</th></tr></thead><tbody><tr><td>Blog</td></tr></tbody></table>
				""");
		assertThat(html).contains("<h1>Title</h1>", "<strong>bold</strong>", "<em>italic</em>", "<code>code</code>",
				"<ul>", "<li>one</li>", "<ol start=\"3\">", "<blockquote>", "<pre><code class=\"language-java\">",
				"1 &lt; 2", "<table>", "<th>Channel</th>", "<td>Blog</td>");
	}

	@Test
	void linksKeepSafeSchemesAndGetRelAttributes() {
		String html = this.renderer
			.render("[site](https://example.com/a?b=c) [plain](http://example.com) [mail](mailto:press@example.com)");
		assertThat(html).contains("href=\"https://example.com/a?b&#61;c\"", "href=\"http://example.com\"",
				"href=\"mailto:press&#64;example.com\"");
		assertThat(html).contains("rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void javascriptLinkKeepsItsTextButLosesItsTarget() {
		String html = this.renderer.render("[click me](javascript:alert(1))");
		assertThat(html).contains("click me").doesNotContain("href");
	}

	@Test
	void emptyTextRendersAsNothing() {
		assertThat(this.renderer.render(null)).isEmpty();
		assertThat(this.renderer.render("  ")).isEmpty();
	}

	@Test
	void gitHubStyleTablesBecomeTables() {
		String html = new MarkdownRenderer().render("| Channel | Owner |\n| --- | --- |\n| Blog | PR |\n");
		org.assertj.core.api.Assertions.assertThat(html).contains("<table>", "<th>Channel</th>", "<td>Blog</td>");
	}

}
