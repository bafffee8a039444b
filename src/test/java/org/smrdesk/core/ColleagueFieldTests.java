package org.smrdesk.core;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.SignIn;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms name a colleague through a type-ahead ({@code fragments/lookup :: colleague},
 * {@link ColleagueBinding}), not a drop-down of every user: at 2,000 users such a form
 * was a 100–200 KB page served at 10–30 requests a second, the slowest pages of the
 * application. The chosen id stands while the text shows that colleague; otherwise the
 * text decides (a name, the start of only one name, an e-mail address); emptied text is
 * nobody; a text naming nobody or several is refused beside the field and kept.
 */
@IntegrationTest
class ColleagueFieldTests {

	/** Every form with a colleague field that needs no record to open. */
	private static final List<String> FORMS = List.of("/activities/new", "/policies/new", "/contacts/new",
			"/services/new", "/trainings/new", "/accounts/new", "/vendors/new");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private String word;

	private String department;

	private Cookie lead;

	private long colleague;

	private String colleagueEmail;

	@BeforeEach
	void setUp() throws Exception {
		this.word = "Cf" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.department = "Colleague Fields " + UUID.randomUUID().toString().substring(0, 8);
		String department = this.department;
		this.lead = SignIn.session(this.mvc, TestData.user(this.jdbc, Role.LEAD, department));
		this.colleagueEmail = TestData.user(this.jdbc, Role.STAFF, department);
		this.colleague = TestData.userId(this.jdbc, this.colleagueEmail);
		rename(this.colleague, "Zoë " + this.word + " Okafor");
	}

	@Test
	void noFormListsTheColleagues() throws Exception {
		for (String form : FORMS) {
			String html = this.mvc.perform(get(form).cookie(this.lead))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(form).contains("name=\"_colleague_").doesNotContain(this.word);
		}
	}

	@Test
	void anEditFormShowsTheColleaguesNameAndKeepsTheirIdWhenSavedUnchanged() throws Exception {
		long contact = created(newContact("zoë " + this.word + " okafor", ""));
		assertThat(ownerOf(contact)).isEqualTo(this.colleague);
		String html = this.mvc.perform(get("/contacts/{id}/edit", contact).cookie(this.lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"Zoë " + this.word + " Okafor\"")
			.contains("value=\"" + this.colleague + "\"");
	}

	@Test
	void aTypedNameTheStartOfOneOrAnEmailAddressNamesTheColleague() throws Exception {
		assertThat(ownerOf(created(newContact("ZOË " + this.word + " OKAFOR", "")))).isEqualTo(this.colleague);
		assertThat(ownerOf(created(newContact("Zoë " + this.word, "")))).isEqualTo(this.colleague);
		assertThat(ownerOf(created(newContact(this.colleagueEmail.toUpperCase(), "")))).isEqualTo(this.colleague);
	}

	@Test
	void theChosenIdStandsWhileTheTextShowsThatColleagueAndTheTextDecidesOtherwise() throws Exception {
		long namesake = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, this.department));
		rename(namesake, "Zoë " + this.word + " Okafor");
		// two answer to the name: the id chosen in the list tells them apart
		assertThat(ownerOf(created(newContact("Zoë " + this.word + " Okafor", Long.toString(namesake)))))
			.isEqualTo(namesake);
		// the text was changed after choosing: the text decides
		long other = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, this.department));
		rename(other, "Ishaan " + this.word + " Reyes");
		assertThat(ownerOf(created(newContact("Ishaan " + this.word, Long.toString(namesake))))).isEqualTo(other);
		// emptied: nobody, whatever id was left
		assertThat(ownerOf(created(newContact("", Long.toString(namesake))))).isNull();
	}

	@Test
	void aTextNamingNobodyOrSeveralIsRefusedBesideTheFieldAndKept() throws Exception {
		String html = newContact("Nobody " + this.word, "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerId", "colleague.unknown"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"Nobody " + this.word + "\"")
			.contains("No active colleague answers to \u201cNobody " + this.word + "\u201d");

		long namesake = TestData.userId(this.jdbc, TestData.user(this.jdbc, Role.STAFF, this.department));
		rename(namesake, "Zoë " + this.word + " Okafor");
		html = newContact("Zoë " + this.word + " Okafor", "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerId", "colleague.several"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Several active colleagues answer to");

		this.jdbc.update("update users set active = false where id = ?", this.colleague);
		newContact(this.colleagueEmail, "").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "ownerId", "colleague.unknown"));
		assertThat(this.jdbc.queryForObject("select count(*) from contacts where name like ?", Integer.class,
				"Contact " + this.word + "%"))
			.isZero();
	}

	private ResultActions newContact(String ownerText, String ownerId) throws Exception {
		return this.mvc.perform(post("/contacts/new").cookie(this.lead)
			.with(csrf())
			.param("kind", "BLOGGER")
			.param("state", "ENGAGED")
			.param("name", "Contact " + this.word + " " + UUID.randomUUID())
			.param("ownerId", ownerId)
			.param("_colleague_ownerId", ownerText));
	}

	private static long created(ResultActions result) throws Exception {
		String url = result.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private Long ownerOf(long contact) {
		return this.jdbc.queryForObject("select owner_id from contacts where id = ?", Long.class, contact);
	}

	private void rename(long user, String name) {
		this.jdbc.update("update users set display_name = ? where id = ?", name, user);
	}

}
