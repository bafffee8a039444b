package org.smrdesk.incident;

import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Named outside parties: an NGO, the police or a court named by hand, a vendor or contact
 * taken from the directory; a timeline entry's group and actor, apart from who recorded
 * it, on the page, in the filter and in the PDF.
 */
@IntegrationTest
class NamedPartyTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IncidentService incidents;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private NamedPartyService parties;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private CurrentUser lead;

	private CurrentUser staff;

	private Incident incident;

	private String suffix;

	@BeforeEach
	void incident() {
		IncidentFixtures fixtures = new IncidentFixtures(this.jdbc, this.userDetails);
		this.lead = fixtures.user(Role.LEAD, "Parties Communications");
		this.staff = fixtures.user(Role.STAFF, "Parties Support");
		this.incident = this.incidents.report(IncidentFixtures.report("Logo parody"), this.lead);
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	private NamedParty name(OutsideParty kind, String name) {
		NamedPartyForm form = new NamedPartyForm();
		form.setKind(kind);
		form.setName(name);
		return this.parties.add(this.incident.getId(), form, this.lead);
	}

	@Test
	void theLeadNamesAnNgoAndAVendorFromTheDirectoryFoundWithTheTypeAhead() throws Exception {
		TestData.vendor("Brightline PR " + this.suffix).insert(this.jdbc);
		String vendorKey = this.mvc
			.perform(get("/incidents/parties/lookup").param("q", "Brightline PR " + this.suffix).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Brightline PR " + this.suffix + " · vendor"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*\"id\":\"(v\\d+)\".*", "$1");
		this.mvc
			.perform(post("/incidents/" + this.incident.getId() + "/parties").with(user(this.lead))
				.with(csrf())
				.param("kind", "AGENCY")
				.param("directory", vendorKey)
				.param("directoryName", "Brightline PR " + this.suffix + " · vendor"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/incidents/" + this.incident.getId() + "/parties").with(user(this.lead))
				.with(csrf())
				.param("kind", "NGO")
				.param("name", "Rainforest Watch"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/incidents/" + this.incident.getId()).with(user(this.lead)))
			.andExpect(content().string(containsString("Rainforest Watch (NGO / activists)")))
			.andExpect(content().string(containsString("Brightline PR " + this.suffix + " (Agency)")));
		assertThat(this.parties.parties(this.incident)).extracting((p) -> p.getVendor() != null).contains(true, false);
	}

	@Test
	void aNameTypedButNotChosenADuplicateOrNothingIsRefusedBesideTheField() throws Exception {
		name(OutsideParty.COURT, "District court");
		this.mvc
			.perform(post("/incidents/" + this.incident.getId() + "/parties").with(user(this.lead))
				.with(csrf())
				.param("kind", "PARTNER")
				.param("directoryName", "Someone not in the list"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("partyForm", "directory", "incident.party.directory.choose"))
			.andExpect(content().string(containsString("value=\"Someone not in the list\"")));
		this.mvc
			.perform(post("/incidents/" + this.incident.getId() + "/parties").with(user(this.lead))
				.with(csrf())
				.param("kind", "COURT")
				.param("name", "district COURT"))
			.andExpect(model().attributeHasFieldErrorCode("partyForm", "name", "incident.party.name.duplicate"));
		this.mvc
			.perform(post("/incidents/" + this.incident.getId() + "/parties").with(user(this.lead))
				.with(csrf())
				.param("kind", "COURT"))
			.andExpect(model().attributeHasFieldErrorCode("partyForm", "name", "incident.party.name.required"));
	}

	@Test
	void onlyTheLeadNamesParties() throws Exception {
		this.mvc
			.perform(post("/incidents/" + this.incident.getId() + "/parties").with(user(this.staff))
				.with(csrf())
				.param("kind", "NGO")
				.param("name", "Sneaky"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEntryNamesAPartyAsItsGroupAndAnotherAsWhoActedApartFromWhoRecordedIt() throws Exception {
		NamedParty ngo = name(OutsideParty.NGO, "Rainforest Watch");
		NamedParty police = name(OutsideParty.AUTHORITY, "Regional police");
		TimelineEntryForm form = IncidentFixtures.entry(TimelineEntryType.EXTERNAL_DEVELOPMENT,
				"Activists hung a banner on the head office");
		form.setGroup(ngo.getKey());
		form.setActedByParty(ngo.getKey());
		TimelineEntry banner = this.timeline.add(this.incident.getId(), form, this.lead);
		TimelineEntryForm removal = IncidentFixtures.entry(TimelineEntryType.EXTERNAL_DEVELOPMENT,
				"The banner was taken down");
		removal.setGroup(police.getKey());
		removal.setActedByParty(police.getKey());
		this.timeline.add(this.incident.getId(), removal, this.lead);

		assertThat(banner.getParty()).isEqualTo(OutsideParty.NGO);
		assertThat(banner.isExternal()).isTrue();
		assertThat(banner.getActedByName()).isEqualTo("Rainforest Watch");
		assertThat(banner.getActorName()).isEqualTo(this.lead.displayName());
		List<TimelineEntry> ngoOnly = this.timeline.timeline(this.incident,
				new TimelineFilter(ngo.getKey(), null, null));
		assertThat(ngoOnly).extracting(TimelineEntry::getBody)
			.containsExactly("Activists hung a banner on the head office");

		this.mvc.perform(get("/incidents/" + this.incident.getId()).with(user(this.lead)))
			.andExpect(content().string(containsString("Acted: Rainforest Watch")))
			.andExpect(content().string(containsString("Regional police (Authority)")));
		byte[] pdf = this.mvc
			.perform(get("/incidents/" + this.incident.getId() + "/timeline.pdf").with(user(this.lead)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		assertThat(text.toString().replaceAll("\\s+", " ")).contains("Rainforest Watch (NGO / activists)",
				"Rainforest Watch (recorded by " + this.lead.displayName() + ")");
	}

	@Test
	void aColleagueMayBeWhoActedButNotTogetherWithAParty() {
		NamedParty ngo = name(OutsideParty.NGO, "Rainforest Watch");
		TimelineEntryForm form = IncidentFixtures.entry(TimelineEntryType.NOTE, "Support called the activists");
		form.setActedByUser(this.staff.id());
		assertThat(this.timeline.add(this.incident.getId(), form, this.lead).getActedByName())
			.isEqualTo(this.staff.displayName());
		form.setActedByParty(ngo.getKey());
		assertThatExceptionOfType(FieldException.class)
			.isThrownBy(() -> this.timeline.add(this.incident.getId(), form, this.lead))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("incident.entry.actedBy.one"));
	}

	@Test
	void aPartyOfAnotherIncidentCannotBeNamedOnAnEntry() {
		Incident other = this.incidents.report(IncidentFixtures.report("Other"), this.lead);
		NamedPartyForm foreign = new NamedPartyForm();
		foreign.setKind(OutsideParty.PRESS);
		foreign.setName("Daily Bugle");
		NamedParty bugle = this.parties.add(other.getId(), foreign, this.lead);
		TimelineEntryForm form = IncidentFixtures.entry(TimelineEntryType.NOTE, "Borrowed party");
		form.setGroup(bugle.getKey());
		assertThatExceptionOfType(FieldException.class)
			.isThrownBy(() -> this.timeline.add(this.incident.getId(), form, this.lead));
	}

}
