package org.smrdesk.core.pagecache;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SqlStatementCounter;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page seen again unchanged is sent from memory; a committed change to a table it read,
 * another user, a flash message or the session's own change is never answered with a kept
 * page. A change of rights is refused on the next request before the cache is asked
 * ({@code security.StaleRightsTests}, which views the page before the change, the cache
 * on).
 */
@IntegrationTest
class PageCacheTests {

	private static final Pattern FORM_KEY = Pattern.compile("(name=\"_idempotencyKey\" value=\")([0-9a-f-]{36})");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PageCache cache;

	@Test
	void aPageSeenAgainUnchangedIsSentFromMemoryWithTheSameResponse() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		MvcResult[] first = new MvcResult[1];
		long rendered = this.cache.rendered();
		long renderedStatements = SqlStatementCounter
			.count(() -> first[0] = this.mvc.perform(get("/services").cookie(lead))
				.andExpect(status().isOk())
				.andReturn());
		MvcResult[] again = new MvcResult[1];
		long sent = this.cache.sent();
		long kept = SqlStatementCounter.count(() -> again[0] = this.mvc.perform(get("/services").cookie(lead))
			.andExpect(status().isOk())
			.andReturn());
		// the metrics count both views (other tests' requests may count too)
		assertThat(this.cache.rendered()).isGreaterThan(rendered);
		assertThat(this.cache.sent()).isGreaterThan(sent);

		String page = first[0].getResponse().getContentAsString();
		String keptPage = again[0].getResponse().getContentAsString();
		assertThat(withoutFormKeys(keptPage)).isEqualTo(withoutFormKeys(page)).endsWith("</html>\n");
		// each copy's forms have keys of their own, so a submit from one copy is never
		// taken for a repeat of a submit from the other
		assertThat(formKeys(page)).isNotEmpty().doesNotContainAnyElementsOf(formKeys(keptPage));
		assertThat(formKeys(keptPage)).hasSameSizeAs(formKeys(page)).doesNotHaveDuplicates();
		assertThat(again[0].getResponse().getContentType()).isEqualTo(first[0].getResponse().getContentType());
		assertThat(again[0].getResponse().getHeader("Content-Security-Policy")).isNotBlank();
		// the session read and the rights check (with the data's number) only
		assertThat(kept).isLessThanOrEqualTo(2).isLessThan(renderedStatements);
	}

	@Test
	void aDownloadSeenAgainUnchangedIsSentFromMemoryWithItsFileName() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		MvcResult first = this.mvc.perform(get("/services").param("format", "csv").cookie(lead))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult[] again = new MvcResult[1];
		long kept = SqlStatementCounter
			.count(() -> again[0] = this.mvc.perform(get("/services").param("format", "csv").cookie(lead))
				.andExpect(status().isOk())
				.andReturn());

		assertThat(again[0].getResponse().getContentAsByteArray())
			.isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(again[0].getResponse().getHeader("Content-Disposition")).contains("services.csv")
			.isEqualTo(first.getResponse().getHeader("Content-Disposition"));
		assertThat(again[0].getResponse().getContentType()).startsWith("text/csv");
		assertThat(kept).isLessThanOrEqualTo(2);
	}

	/**
	 * The list exports stream their rows as they read them; one that fits in a kept page
	 * is kept like any page, until its table changes.
	 */
	@Test
	void aSmallExportIsKeptUntilItsRowsChange() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		String tag = "Kept" + System.nanoTime();
		TestData.contact(tag + " One").insert(this.jdbc);
		String first = this.mvc.perform(get("/contacts").param("format", "csv").param("q", tag).cookie(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		MvcResult[] again = new MvcResult[1];
		long kept = SqlStatementCounter.count(
				() -> again[0] = this.mvc.perform(get("/contacts").param("format", "csv").param("q", tag).cookie(lead))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(first).contains(tag + " One").doesNotContain(tag + " Two");
		assertThat(again[0].getResponse().getContentAsString()).isEqualTo(first);
		assertThat(again[0].getResponse().getHeader("Content-Disposition")).contains("contacts.csv");
		assertThat(kept).isLessThanOrEqualTo(2);

		TestData.contact(tag + " Two").insert(this.jdbc);
		assertThat(this.mvc.perform(get("/contacts").param("format", "csv").param("q", tag).cookie(lead))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(tag + " One", tag + " Two");
	}

	@Test
	void aChangeCommittedAnywhereShowsOnTheNextView() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		this.mvc.perform(get("/services").cookie(lead)).andExpect(status().isOk());
		long before = this.jdbc.queryForObject("select version from data_version", Long.class);

		// as another node would: straight into the database
		String name = "Cache Channel " + System.nanoTime();
		TestData.channel(name).insert(this.jdbc);

		assertThat(this.jdbc.queryForObject("select version from data_version", Long.class)).isGreaterThan(before);
		assertThat(this.mvc.perform(get("/services").cookie(lead)).andReturn().getResponse().getContentAsString())
			.contains(name);
	}

	/**
	 * A feed poll that brings mentions, a vendor's new contract: a change to a table the
	 * page did not read leaves it kept.
	 */
	@Test
	void aChangeToATableThePageDidNotReadKeepsIt() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		List<String> rendered = SqlStatementCounter
			.statements(() -> this.mvc.perform(get("/services").cookie(lead)).andExpect(status().isOk()));
		assertThat(rendered).as("the page does not read the monitoring sources")
			.noneMatch((sql) -> sql.contains("monitoring_sources"));

		TestData.monitoringSource("Cache Source " + System.nanoTime()).insert(this.jdbc);

		long kept = SqlStatementCounter
			.count(() -> this.mvc.perform(get("/services").cookie(lead)).andExpect(status().isOk()));
		assertThat(kept).isLessThanOrEqualTo(2);
	}

	@Test
	void twoUsersNeverShareAKeptPageEvenWithTheSameRights() throws Exception {
		String first = TestData.user(this.jdbc, Role.STAFF, "Cache Comms");
		String second = TestData.user(this.jdbc, Role.STAFF, "Cache Comms");
		Cookie one = signIn(first);
		Cookie two = signIn(second);
		String firstName = displayName(first);
		String secondName = displayName(second);

		String seenByOne = this.mvc.perform(get("/").cookie(one)).andReturn().getResponse().getContentAsString();
		String seenByTwo = this.mvc.perform(get("/").cookie(two)).andReturn().getResponse().getContentAsString();

		assertThat(seenByOne).contains(firstName).doesNotContain(secondName);
		assertThat(seenByTwo).contains(secondName).doesNotContain(firstName);
		assertThat(csrfToken(seenByTwo)).isNotEqualTo(csrfToken(seenByOne));
	}

	@Test
	void aSessionThatSendsAChangeForgetsItsPages() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		this.mvc.perform(get("/services").cookie(lead)).andExpect(status().isOk());
		this.mvc.perform(post("/account/time-zone").cookie(lead).with(csrf()).param("timeZone", "Asia/Tokyo"));

		long statements = SqlStatementCounter
			.count(() -> this.mvc.perform(get("/services").cookie(lead)).andExpect(status().isOk()));

		assertThat(statements).isGreaterThan(2);
	}

	@Test
	void aPageWithAFlashMessageIsRenderedForItsOneViewAndNotKept() throws Exception {
		String email = TestData.user(this.jdbc, Role.LEAD, "Cache Comms");
		Cookie lead = signIn(email);
		long department = TestData.department(this.jdbc, "Cache Comms");
		this.mvc.perform(get("/departments").cookie(lead)).andExpect(status().isOk());
		String name = "Cache Department " + System.nanoTime();

		this.mvc
			.perform(post("/departments/new").cookie(lead).with(csrf()).param("name", name).param("headCount", "12"))
			.andExpect(redirectedUrl("/departments"));
		String target = "/departments";
		String withMessage = this.mvc.perform(get(target).cookie(lead)).andReturn().getResponse().getContentAsString();
		String after = this.mvc.perform(get(target).cookie(lead)).andReturn().getResponse().getContentAsString();

		assertThat(withMessage).contains(name).contains("alert-success");
		assertThat(after).contains(name).doesNotContain("alert-success");
		assertThat(department).isPositive();
	}

	/**
	 * A form is kept like any page, with keys of its own on each copy: submitting a kept
	 * copy is carried out once, and submitting it again is taken for the repeat it is.
	 */
	@Test
	void aFormSeenAgainIsSentFromMemoryAndItsKeptCopyIsSubmittedOnce() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		String first = this.mvc.perform(get("/departments/new").cookie(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] again = new String[1];
		long kept = SqlStatementCounter.count(() -> again[0] = this.mvc.perform(get("/departments/new").cookie(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(kept).isLessThanOrEqualTo(2);
		assertThat(withoutFormKeys(again[0])).isEqualTo(withoutFormKeys(first));
		List<String> keys = formKeys(again[0]);
		assertThat(keys).isNotEmpty().doesNotContainAnyElementsOf(formKeys(first));

		String name = "Cache Form Department " + System.nanoTime();
		String key = keys.get(keys.size() - 1);
		for (int sent = 0; sent < 2; sent++) {
			this.mvc
				.perform(post("/departments/new").cookie(lead)
					.with(csrf())
					.param("_idempotencyKey", key)
					.param("name", name)
					.param("headCount", "7"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/departments"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from departments where name = ?", Integer.class, name))
			.isOne();
	}

	/**
	 * An edit form kept before its record changed is never shown again with the old
	 * values (and the old version, which would refuse the save as a concurrent edit).
	 */
	@Test
	void anEditFormShowsTheRecordAsItIsNow() throws Exception {
		Cookie lead = signIn(TestData.user(this.jdbc, Role.LEAD, "Cache Comms"));
		long department = TestData.department(this.jdbc, "Cache Edit " + System.nanoTime());
		String path = "/departments/" + department + "/edit";
		this.mvc.perform(get(path).cookie(lead)).andExpect(status().isOk());
		this.mvc.perform(get(path).cookie(lead)).andExpect(status().isOk());

		String renamed = "Cache Renamed " + System.nanoTime();
		this.jdbc.update("update departments set name = ?, version = version + 1 where id = ?", renamed, department);

		assertThat(this.mvc.perform(get(path).cookie(lead)).andReturn().getResponse().getContentAsString())
			.contains(renamed);
	}

	private Cookie signIn(String email) throws Exception {
		return SignIn.session(this.mvc, email);
	}

	private String displayName(String email) {
		return this.jdbc.queryForObject("select display_name from users where email = ?", String.class, email);
	}

	private static String csrfToken(String page) {
		int at = page.indexOf("name=\"_csrf\"");
		assertThat(at).as("a form with a CSRF token").isNotNegative();
		int value = page.indexOf("value=\"", at) + 7;
		return page.substring(value, page.indexOf('"', value));
	}

	private static String withoutFormKeys(String page) {
		return FORM_KEY.matcher(page).replaceAll("$1");
	}

	private static List<String> formKeys(String page) {
		return FORM_KEY.matcher(page).results().map((match) -> match.group(2)).toList();
	}

}
