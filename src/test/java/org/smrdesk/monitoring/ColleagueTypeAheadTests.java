package org.smrdesk.monitoring;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The single-mention page and the source form name a colleague through a type-ahead, not
 * a drop-down of every colleague (2,000 at the large size): the page lists nobody, the
 * chosen id or the typed name (without JavaScript) is taken, an emptied field means
 * nobody, and a name that is nobody's is refused beside the field.
 */
@IntegrationTest
class ColleagueTypeAheadTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private UserDetails lead;

	private String word;

	private long colleague;

	private long mention;

	@BeforeEach
	void setUp() {
		this.word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.lead = this.users.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, "Typeahead " + this.word));
		this.colleague = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, "Typeahead " + this.word));
		this.jdbc.update("update users set display_name = ? where id = ?", "Qwv " + this.word, this.colleague);
		long source = TestData.monitoringSource("Typeahead " + this.word).insert(this.jdbc);
		this.mention = this.jdbc.queryForObject("""
				insert into mentions (dedup_key, title, body, fetched_at, source_id)
				values (?, ?, 'text', now(), ?) returning id""", Long.class, "test:" + this.word, this.word, source);
	}

	@Test
	void theMentionPageOffersATypeAheadNotEveryColleague() throws Exception {
		this.jdbc.update("update mentions set assignee_id = ? where id = ?", this.colleague, this.mention);
		String html = this.mvc.perform(get("/monitoring/mentions/" + this.mention).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("users"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"assigneeId-lookup\"")
			.contains("value=\"Qwv " + this.word + "\"")
			.doesNotContain("<option value=\"" + this.colleague + "\"");
	}

	@Test
	void triageTakesATypedNameEmptiedMeansNobodyAndAnUnknownNameIsRefused() throws Exception {
		triage("qwv " + this.word, null).andExpect(flash().attribute("message", "monitoring.mention.triaged"));
		assertThat(assignee()).isEqualTo(this.colleague);
		triage("Nobody by that name " + this.word, null).andExpect(flash().attribute("error", Colleagues.UNKNOWN));
		assertThat(assignee()).isEqualTo(this.colleague);
		// the hidden id kept while the text was changed to another name: the text wins
		triage("", Long.toString(this.colleague));
		assertThat(assignee()).isNull();
		triage("Qwv " + this.word, Long.toString(this.colleague));
		assertThat(assignee()).isEqualTo(this.colleague);
	}

	@Test
	void theSourceFormTakesTheOwnerByNameAndRefusesAnUnknownOneBesideTheField() throws Exception {
		this.mvc.perform(get("/monitoring/sources/new").with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("users"));
		this.mvc
			.perform(post("/monitoring/sources/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "FEED")
				.param("name", "Owned " + this.word)
				.param("url", "https://feeds.example/" + this.word)
				.param("pollIntervalMinutes", "60")
				.param("ownerId", "")
				.param("ownerName", "Nobody by that name " + this.word))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerName", Colleagues.UNKNOWN));
		this.mvc
			.perform(post("/monitoring/sources/new").with(user(this.lead))
				.with(csrf())
				.param("kind", "FEED")
				.param("name", "Owned " + this.word)
				.param("url", "https://feeds.example/" + this.word)
				.param("pollIntervalMinutes", "60")
				.param("ownerId", "")
				.param("ownerName", "qwv " + this.word))
			.andExpect(status().is3xxRedirection());
		long source = this.jdbc.queryForObject("select id from monitoring_sources where name = ?", Long.class,
				"Owned " + this.word);
		assertThat(this.jdbc.queryForObject("select owner_id from monitoring_sources where id = ?", Long.class, source))
			.isEqualTo(this.colleague);
		String html = this.mvc.perform(get("/monitoring/sources/" + source + "/edit").with(user(this.lead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"Qwv " + this.word + "\"").contains("data-lookup-target=\"ownerId\"");
	}

	@Test
	void aNameStartingSeveralColleaguesIsRefusedNotGivenToTheFirst() throws Exception {
		long other = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, "Other " + this.word));
		this.jdbc.update("update users set display_name = ? where id = ?", "Qwv " + this.word + " Junior", other);
		triage("qwv " + this.word.substring(0, 6), null).andExpect(flash().attribute("error", Colleagues.SEVERAL));
		assertThat(assignee()).isNull();
		// the whole name of one of them is theirs, though it starts the other's
		triage("qwv " + this.word, null).andExpect(flash().attribute("message", "monitoring.mention.triaged"));
		assertThat(assignee()).isEqualTo(this.colleague);
	}

	@Test
	void theBulkActionRefusesANameThatIsNobodysInsteadOfSayingDone() throws Exception {
		this.mvc
			.perform(post("/monitoring/mentions/bulk").with(user(this.lead))
				.with(csrf())
				.param("ids", Long.toString(this.mention))
				.param("assigneeId", "")
				.param("assigneeIdName", "Nobody by that name " + this.word))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", Colleagues.UNKNOWN));
		assertThat(assignee()).isNull();
		this.mvc
			.perform(post("/monitoring/mentions/bulk").with(user(this.lead))
				.with(csrf())
				.param("ids", Long.toString(this.mention))
				.param("assigneeId", "")
				.param("assigneeIdName", "qwv " + this.word))
			.andExpect(flash().attribute("message", "monitoring.mention.bulk.done"));
		assertThat(assignee()).isEqualTo(this.colleague);
	}

	private org.springframework.test.web.servlet.ResultActions triage(String typed, String id) throws Exception {
		return this.mvc
			.perform(post("/monitoring/mentions/" + this.mention + "/triage").with(user(this.lead))
				.with(csrf())
				.param("state", "REVIEWED")
				.param("assigneeId", (id != null) ? id : "")
				.param("assigneeIdName", typed))
			.andExpect(status().is3xxRedirection());
	}

	private Long assignee() {
		return this.jdbc.queryForObject("select assignee_id from mentions where id = ?", Long.class, this.mention);
	}

}
