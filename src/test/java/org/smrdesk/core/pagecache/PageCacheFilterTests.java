package org.smrdesk.core.pagecache;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept page is valid while every table it read is unchanged: those its own statements
 * named, and those read with the signed-in user before it (where their zone, shown with
 * every time on the page, comes from); and while every value kept in memory it showed is
 * still the one kept. An integration test only for the tables' positions, read from the
 * database at start.
 */
@IntegrationTest
class PageCacheFilterTests {

	private static final String USER = "select u.time_zone from users u where u.id = ?";

	private final PageCacheFilter filter = new PageCacheFilter(
			new PageCache(Clock.systemUTC(), Duration.ofMinutes(1), DataSize.ofMegabytes(1), DataSize.ofKilobytes(64)));

	private final AtomicInteger rendered = new AtomicInteger();

	private final MockHttpSession session = new MockHttpSession();

	private Runnable showsFigure = () -> {
	};

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPageIsKeptWhileTheTablesItAndTheUserReadAreUnchanged() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lead", null, List.of()));
		long[] now = new long[TablesRead.known()];
		int users = TablesRead.of("users").nextSetBit(0);
		int vendors = TablesRead.of("vendors").nextSetBit(0);
		int mentions = TablesRead.of("mentions").nextSetBit(0);
		assertThat(users).isNotNegative();
		assertThat(vendors).isNotNegative();
		assertThat(mentions).isNotNegative();

		assertThat(view(now)).isEqualTo("vendors, 1st rendering");
		assertThat(view(now)).as("nothing changed").isEqualTo("vendors, 1st rendering");

		now[mentions]++;
		assertThat(view(now)).as("a table the page did not read").isEqualTo("vendors, 1st rendering");

		now[vendors]++;
		assertThat(view(now)).as("a table the page read").isEqualTo("vendors, 2nd rendering");
		assertThat(view(now)).isEqualTo("vendors, 2nd rendering");

		now[users]++;
		assertThat(view(now)).as("a table read with the user").isEqualTo("vendors, 3rd rendering");
	}

	@Test
	void aPageShowingAValueKeptInMemoryIsKeptWhileThatValueIsTheOneKept() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lead", null, List.of()));
		long[] now = new long[TablesRead.known()];
		AtomicBoolean figureStillKept = new AtomicBoolean(true);
		this.showsFigure = () -> TablesRead.dependOn(figureStillKept::get);

		assertThat(view(now)).isEqualTo("vendors, 1st rendering");
		now[TablesRead.of("mentions").nextSetBit(0)]++;
		assertThat(view(now)).as("nothing the page shows changed").isEqualTo("vendors, 1st rendering");

		figureStillKept.set(false);
		assertThat(view(now)).as("the figure was computed anew").isEqualTo("vendors, 2nd rendering");
	}

	private String view(long[] versions) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/vendors");
		request.setSession(this.session);
		DataVersion.remember(request, versions.clone(), USER);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain page = (req, res) -> {
			((CapturedResponse) req.getAttribute(CapturedResponse.ATTRIBUTE)).keep();
			TablesRead.statement("select v.name from vendors v");
			this.showsFigure.run();
			int count = this.rendered.incrementAndGet();
			res.setContentType("text/plain");
			res.getWriter()
				.write("vendors, " + count + ((count == 1) ? "st" : (count == 2) ? "nd" : "rd") + " rendering");
			res.getWriter().flush();
		};
		this.filter.doFilter(request, response, page);
		return response.getContentAsString();
	}

}
