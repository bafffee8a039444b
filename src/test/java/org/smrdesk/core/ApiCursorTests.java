package org.smrdesk.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cursor paging of the large API lists: a walk answers every matching record once, in the
 * order they were created, a record created mid-walk included, following
 * {@code Link: rel="next"} to the end; a cursor that is not the list's own is a 400.
 */
@IntegrationTest
class ApiCursorTests {

	private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");

	@Autowired
	private ApiTestClient api;

	private JdbcTemplate jdbc;

	private String unique;

	private ApiTestClient.Caller lead;

	@BeforeEach
	void lead() {
		this.jdbc = this.api.jdbc();
		this.unique = UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.api.newUser(Role.LEAD, "Cursor Lead " + this.unique);
	}

	@Test
	void aWalkThroughActivitiesAnswersEachOnceInOrderWithOneCreatedMidWalk() throws Exception {
		String home = "Cursor Home " + this.unique;
		long department = TestData.department(this.jdbc, home);
		long owner = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, home));
		long service = TestData.channel("Cursor Chirp " + this.unique).insert(this.jdbc);
		LongSupplier activity = () -> TestData.activity(department, service, owner).insert(this.jdbc);
		List<Long> created = create(activity, 7);
		List<Long> seen = walk("/api/v1/activities?department=" + department + "&size=3&cursor=", created, activity);
		assertThat(seen).containsExactlyElementsOf(created).hasSize(8);
	}

	@Test
	void aWalkThroughContactsKeepsItsFiltersAndPageNumbersStillWork() throws Exception {
		LongSupplier contact = () -> TestData.contact("Cursor contact-" + this.unique).insert(this.jdbc);
		List<Long> created = create(contact, 5);
		TestData.contact("Someone else " + this.unique).insert(this.jdbc);
		List<Long> seen = walk("/api/v1/contacts?q=contact-" + this.unique + "&size=2&cursor=", created, contact);
		assertThat(seen).containsExactlyElementsOf(created).hasSize(6);
		this.lead.get("/api/v1/contacts?q=contact-" + this.unique)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(6))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void aWalkThroughMentionsOfOneSourceAnswersEachOnce() throws Exception {
		long source = TestData.monitoringSource("Cursor Push " + this.unique).insert(this.jdbc);
		LongSupplier mention = () -> {
			try {
				String body = this.lead
					.post("/api/v1/mentions",
							"{\"sourceId\": %d, \"text\": \"Walked %s\"}".formatted(source, UUID.randomUUID()))
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString();
				return ((Number) JsonPath.read(body, "$.id")).longValue();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		List<Long> created = create(mention, 4);
		List<Long> seen = walk("/api/v1/mentions?source=" + source + "&size=2&cursor=", created, mention);
		assertThat(seen).containsExactlyElementsOf(created).hasSize(5);
	}

	@Test
	void aCursorThatIsNotTheListsOwnIsA400() throws Exception {
		String contactsCursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("c1:contacts:5".getBytes(StandardCharsets.US_ASCII));
		for (String cursor : new String[] { "!!!", "bm90IG91cnM", contactsCursor, "YzE6YWN0aXZpdGllczotMQ" }) {
			this.lead.get("/api/v1/activities?cursor={cursor}", cursor)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("cursor"))
				.andExpect(content().string(containsString("cursor")));
		}
		this.lead.get("/api/v1/contacts?cursor=" + contactsCursor).andExpect(status().isOk());
		this.lead.get("/api/v1/incidents?cursor=&sort=title")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("cursor"));
		this.lead.get("/api/v1/incidents?cursor=")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").doesNotExist());
	}

	@Test
	void creationOrderIsTheWalksContractOfActivitiesAndMentionsAndAnotherOrderIsRefused() throws Exception {
		for (String list : new String[] { "/api/v1/activities", "/api/v1/mentions" }) {
			this.lead.get(list + "?cursor=&sort=title,desc")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("cursor"));
			this.lead.get(list + "?cursor=&page=2")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("cursor"));
		}
	}

	/**
	 * Follows the {@code next} links from a first cursor request, creating one more
	 * record after the first step.
	 */
	private List<Long> walk(String first, List<Long> created, LongSupplier create) throws Exception {
		List<Long> seen = new ArrayList<>();
		String next = first;
		int steps = 0;
		while (next != null) {
			MockHttpServletResponse response = this.lead.get(next).andExpect(status().isOk()).andReturn().getResponse();
			String body = response.getContentAsString();
			List<Number> ids = JsonPath.read(body, "$.content[*].id");
			ids.forEach((id) -> seen.add(id.longValue()));
			String link = response.getHeader("Link");
			next = null;
			if (link != null) {
				Matcher matcher = NEXT.matcher(link);
				assertThat(matcher.find()).as(link).isTrue();
				next = matcher.group(1);
				assertThat(next).doesNotContain("page=");
				String cursor = JsonPath.read(body, "$.next");
				assertThat(next).contains("cursor=" + cursor);
			}
			else {
				assertThat(body).doesNotContain("\"next\"");
			}
			if (++steps == 1) {
				created.add(create.getAsLong());
			}
			assertThat(steps).as("steps").isLessThan(20);
		}
		assertThat(steps).isGreaterThan(2);
		return seen;
	}

	/** Creates {@code count} records, in order, and returns their ids. */
	private static List<Long> create(LongSupplier record, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(record.getAsLong());
		}
		return ids;
	}

}
