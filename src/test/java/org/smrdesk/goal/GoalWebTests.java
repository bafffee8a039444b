package org.smrdesk.goal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Goals and reports through the web and the API: bad input beside the field (input kept)
 * or as a 400 problem, actuals with last year's value, the year-over-year CSV, and the
 * report's PDF with its goals table.
 */
@IntegrationTest
class GoalWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	@Value("${smr.time-zone:Europe/Berlin}")
	private String zone;

	private UserDetails lead;

	private UserDetails manager;

	private String department;

	private long departmentId;

	private int year;

	@BeforeEach
	void setUp() {
		this.department = "Goal Dept " + UUID.randomUUID().toString().substring(0, 8);
		this.lead = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.LEAD, this.department));
		this.manager = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.MANAGER, this.department));
		this.departmentId = TestData.department(this.jdbc, this.department);
		this.year = LocalDate.now(ZoneId.of(this.zone)).getYear();
	}

	@Test
	void badInputIsShownBesideTheFieldAndWhatWasTypedStays() throws Exception {
		this.mvc
			.perform(post("/goals/new").with(user(this.lead))
				.with(csrf())
				.param("metric", "activities:ALL")
				.param("period", String.valueOf(this.year + 1))
				.param("target", "10"))
			.andExpect(status().isOk())
			.andExpect(view().name("goals/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "period", "goal.period.future"))
			.andExpect(content().string(containsString("has not begun yet")))
			.andExpect(content().string(containsString("value=\"" + (this.year + 1) + "\"")));
		this.mvc
			.perform(post("/goals/new").with(user(this.lead))
				.with(csrf())
				.param("metric", "activities:ALL")
				.param("period", this.year + "-Q5")
				.param("target", "10"))
			.andExpect(model().attributeHasFieldErrorCode("form", "period", "goal.period.malformed"));
		this.mvc
			.perform(post("/goals/new").with(user(this.lead))
				.with(csrf())
				.param("metric", "activities:ALL")
				.param("period", String.valueOf(this.year))
				.param("target", "0"))
			.andExpect(model().attributeHasFieldErrors("form", "target"));
		this.mvc
			.perform(post("/goals/new").with(user(this.lead))
				.with(csrf())
				.param("metric", "share-of-voice:BRAND")
				.param("period", String.valueOf(this.year))
				.param("target", "50")
				.param("departmentId", String.valueOf(this.departmentId)))
			.andExpect(model().attributeHasFieldErrorCode("form", "departmentId", "goal.filter.unfit"));
	}

	@Test
	void aGoalShowsItsActualLastYearsValueAndStatusAndNoDataIsNotZero() throws Exception {
		activity(LocalDate.of(this.year, 1, 2));
		activity(LocalDate.of(this.year - 1, 3, 4));
		activity(LocalDate.of(this.year - 1, 5, 6));
		this.mvc
			.perform(post("/goals/new").with(user(this.lead))
				.with(csrf())
				.param("metric", "activities:ALL")
				.param("period", String.valueOf(this.year))
				.param("target", "4")
				.param("departmentId", String.valueOf(this.departmentId)))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from goals where department_id = ?", Long.class,
				this.departmentId);
		this.mvc.perform(get("/api/v1/goals/" + id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actual").value(1.0))
			.andExpect(jsonPath("$.lastYear").value(2.0))
			.andExpect(jsonPath("$.percent").value(25))
			.andExpect(jsonPath("$.scope").value(this.department));
		this.mvc.perform(get("/goals/" + id).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.department)))
			.andExpect(content().string(containsString("js-yoy-chart")));
		this.mvc
			.perform(post("/api/v1/goals").with(user(this.lead))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"metric": "manual:INBOUND_LINKS", "period": "2001", "target": 5}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.actual").doesNotExist())
			.andExpect(jsonPath("$.status").value("NO_DATA"));
	}

	@Test
	void theApiRefusesBadInputWith400AndLetsOnlyTheLeadWrite() throws Exception {
		this.mvc
			.perform(post("/api/v1/goals").with(user(this.lead))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"metric\": \"activities:ALL\", \"period\": \"" + (this.year + 1) + "\", \"target\": 5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("period"))
			.andExpect(jsonPath("$.detail").value(containsString("not begun")));
		this.mvc
			.perform(post("/api/v1/goals").with(user(this.lead))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"metric\": \"activities:ALL\", \"period\": \"" + this.year + "\", \"target\": -5}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/goals").with(user(this.lead))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"metric\": \"nonsense:X\", \"period\": \"" + this.year + "\", \"target\": 5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("metric"));
		this.mvc.perform(get("/api/v1/goals?period=someday").with(user(this.manager)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/goals").with(user(this.manager))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"metric\": \"activities:ALL\", \"period\": \"" + this.year + "\", \"target\": 5}"))
			.andExpect(status().isForbidden());
		long id = this.jdbc.queryForObject(
				"""
						insert into goals (metric, period_kind, period_year, period_number, target, created_at, created_by,
						  updated_at, updated_by) values ('activities:ALL', 'YEAR', ?, 0, 5, now(), 't', now(), 't') returning id""",
				Long.class, this.year);
		this.mvc
			.perform(put("/api/v1/goals/" + id).with(user(this.lead))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"metric\": \"activities:ALL\", \"period\": \"" + this.year + "\", \"target\": 8}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target").value(8));
		this.mvc
			.perform(put("/api/v1/goals/" + id).with(user(this.lead))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"metric\": \"activities:ALL\", \"period\": \"" + this.year + "\", \"target\": 9}"))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void theYearOverYearCsvAlignsEachMonthWithTheSameMonthLastYear() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/goals/trend").param("metric", "manual:SPEAKING")
				.param("year", "2002")
				.param("format", "csv")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn();
		String[] lines = result.getResponse().getContentAsString().split("\r?\n");
		assertThat(lines).hasSize(13);
		assertThat(lines[1]).startsWith("2002-01,").contains(",2001-01,");
		assertThat(lines[12]).startsWith("2002-12,").contains(",2001-12,");
		this.mvc.perform(get("/goals/trend").param("metric", "nonsense").with(user(this.manager)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/goals").param("period", "2026-13").with(user(this.manager)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theReportPdfContainsTheGoalsTable() throws Exception {
		activity(LocalDate.of(this.year, 1, 2));
		this.jdbc
			.update("""
					insert into goals (metric, period_kind, period_year, period_number, target, department_id, created_at,
					  created_by, updated_at, updated_by) values ('activities:ALL', 'YEAR', ?, 0, 7, ?, now(), 't', now(), 't')""",
					this.year, this.departmentId);
		MvcResult result = this.mvc.perform(get("/reports/" + this.year + "/pdf").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn();
		PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray());
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		reader.close();
		String all = text.toString().replaceAll("\\s+", " ");
		assertThat(all).contains("SMR report " + this.year, "Goals against targets", "Metric", "Target",
				"Same period last year", "Activities (all kinds) (" + this.department + ")");
		this.mvc.perform(get("/reports/" + this.year).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.department)));
		this.mvc.perform(get("/api/v1/reports/" + this.year).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(String.valueOf(this.year)))
			.andExpect(jsonPath("$.goals").isArray());
	}

	private void activity(LocalDate day) {
		long service = TestData.channel("S " + UUID.randomUUID()).insert(this.jdbc);
		long owner = this.jdbc.queryForObject("select id from users where email = ?", Long.class,
				this.lead.getUsername());
		TestData.activity(this.departmentId, service, owner)
			.with("title", "A")
			.with("activity_date", java.sql.Date.valueOf(day))
			.insert(this.jdbc);
	}

}
