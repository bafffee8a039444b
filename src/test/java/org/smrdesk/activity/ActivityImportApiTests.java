package org.smrdesk.activity;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.ApiTeam;
import org.smrdesk.ApiTestClient;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.smrdesk.ApiTestClient.problem;
import static org.smrdesk.ApiTestClient.refused;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity import through the API, with the import page's rules: the CSV body is
 * checked row by row, every row is imported or none, staff import only for their own
 * department, a dry run saves nothing; problems come back as a problem detail with their
 * lines.
 */
@IntegrationTest
class ActivityImportApiTests {

	private static final String IMPORT = "/api/v1/activities/import";

	@Autowired
	private ApiTestClient api;

	private ApiTeam team;

	private String other;

	private String service;

	@BeforeEach
	void data() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.team = this.api.team("Api Import " + unique);
		this.other = "Api Import Elsewhere " + unique;
		TestData.department(this.api.jdbc(), this.other);
		this.service = "Api Import Forum " + unique;
		AwarenessFixtures.service(this.api.jdbc(), this.service);
	}

	@Test
	void aDryRunCountsTheRowsAndTheImportSavesThemAll() throws Exception {
		String csv = """
				date,service,kind,title,status,reach
				2026-10-01,%s,reply,Answered delivery questions,done,120
				2026-10-02,%s,Review response,"Thanked a reviewer, politely",live,
				""".formatted(this.service, this.service);
		send(csv, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.rowCount").value(2))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.dryRun").value(true));
		assertThat(imported()).isZero();
		send(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.rowCount").value(2))
			.andExpect(jsonPath("$.imported").value(2));
		assertThat(imported()).isEqualTo(2);
	}

	@Test
	void aFileWithABadRowImportsNothingAndNamesTheLines() throws Exception {
		String csv = """
				date,department,service,kind,title
				2026-10-01,,%s,reply,A good row
				2026-10-02,%s,%s,reply,For a department not ours
				2026-10-03,,No such medium,reply,An unknown medium
				""".formatted(this.service, this.other, this.service);
		send(csv, false).andExpect(problem(422))
			.andExpect(jsonPath("$.code").value("activity.import.invalidRows"))
			.andExpect(jsonPath("$.rowCount").value(3))
			.andExpect(jsonPath("$.errorCount").value(2))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[1].line").value(4));
		assertThat(imported()).isZero();
		send("title,date\nNo medium,2026-10-01\n", false).andExpect(refused("csv.missingColumns"));
		send("", false).andExpect(problem(422));
	}

	@Test
	void aManagerMayNotImportAndTheBodyMustBeCsv() throws Exception {
		this.team.manager()
			.perform(post(IMPORT).contentType("text/csv").content("date,service,kind,title\n"))
			.andExpect(problem(403));
		this.team.staff()
			.post(IMPORT, "{\"rows\": []}")
			.andExpect(problem(415))
			.andExpect(header().string("Accept", containsString("text/csv")));
	}

	private ResultActions send(String csv, boolean dryRun) throws Exception {
		return this.team.staff()
			.perform(post(IMPORT + (dryRun ? "?dryRun=true" : "")).contentType("text/csv").content(csv));
	}

	private int imported() {
		return this.api.jdbc()
			.queryForObject("select count(*) from activities where department_id = ?", Integer.class,
					this.team.departmentId());
	}

}
