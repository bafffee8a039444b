package org.smrdesk.activity;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSV import of activities: a preview with every row and every problem (line number and
 * reason), and all-or-nothing saving.
 */
@IntegrationTest
class ActivityImportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private UserDetails staff;

	private String department;

	private String otherDepartment;

	private String service;

	private long departmentId;

	@BeforeEach
	void createData() {
		this.department = AwarenessFixtures.unique("Import Support");
		this.otherDepartment = AwarenessFixtures.unique("Import Legal");
		TestData.department(this.jdbc, this.otherDepartment);
		this.staff = this.userDetails.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, this.department));
		this.departmentId = TestData.department(this.jdbc, this.department);
		this.service = AwarenessFixtures.unique("Import Forum");
		AwarenessFixtures.service(this.jdbc, this.service);
	}

	private int imported() {
		return this.jdbc.queryForObject("select count(*) from activities where department_id = ?", Integer.class,
				this.departmentId);
	}

	private MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "activities.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private String goodFile() {
		return """
				date,service,kind,title,status,reach
				2026-10-01,%s,reply,Answered delivery questions,done,120
				2026-10-02,%s,Review response,"Thanked a reviewer, politely",live,
				""".formatted(this.service, this.service);
	}

	@Test
	void thePreviewListsTheRowsAndSavesNothing() throws Exception {
		this.mvc.perform(multipart("/activities/import").file(file(goodFile())).with(user(this.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All 2 rows are fine")))
			.andExpect(content().string(containsString("Thanked a reviewer, politely")))
			.andExpect(content().string(containsString("Import 2 activities")));
		assertThat(imported()).isZero();
	}

	@Test
	void confirmingAGoodFileImportsEveryRowForTheOwnDepartment() throws Exception {
		this.mvc
			.perform(post("/activities/import").with(user(this.staff))
				.with(csrf())
				.param("csv", goodFile())
				.param("confirm", "true"))
			.andExpect(redirectedUrl("/activities"));
		assertThat(imported()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select status from activities where department_id = ? order by title",
				String.class, this.departmentId))
			.containsExactly("DONE", "LIVE");
	}

	@Test
	void aFileTooLargeToSendBackIsPreviewedInPartAndImportedFromTheUploadWithItsAuditRows() throws Exception {
		StringBuilder csv = new StringBuilder("date,service,kind,title,status,reach,notes\n");
		int rows = 12_000;
		for (int i = 1; i <= rows; i++) {
			csv.append("2026-10-").append(String.format("%02d", 1 + i % 28)).append(',').append(this.service);
			csv.append(",reply,Bulk answer number ").append(i).append(",done,").append(i).append(",Batch\n");
		}
		assertThat(csv.length()).isGreaterThan(ActivityController.CARRY_LIMIT);
		this.mvc.perform(multipart("/activities/import").file(file(csv.toString())).with(user(this.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All 12,000 rows are fine")))
			.andExpect(content().string(containsString("The first 100 of 12,000 rows")))
			.andExpect(content().string(containsString("Bulk answer number 100<")))
			.andExpect(content().string(not(containsString("Bulk answer number 101<"))))
			.andExpect(content().string(containsString("confirm-file")))
			.andExpect(content().string(not(containsString("name=\"csv\""))));
		assertThat(imported()).isZero();

		this.mvc
			.perform(multipart("/activities/import").file(file(csv.toString()))
				.param("confirm", "true")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/activities"));
		assertThat(imported()).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_log l join activities a on a.id = l.entity_id
				where l.entity_type = 'Activity' and l.action = 'CREATE' and a.department_id = ?
				  and l.changed_fields = 'department,service,kind,title,activityDate,owner,status,reach,notes'
				  and l.actor = ?""", Integer.class, this.departmentId, this.staff.getUsername())).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from activities where department_id = ? and created_by = ? and version = 0
				  and search @@ to_tsquery('simple', 'bulk')""", Integer.class, this.departmentId,
				this.staff.getUsername()))
			.isEqualTo(rows);
	}

	@Test
	void anUploadIsReadAsAStreamNeverWholeForThePreviewAndTheImport() throws Exception {
		StringBuilder csv = new StringBuilder("date,service,kind,title\n");
		int rows = 12_000;
		for (int i = 1; i <= rows; i++) {
			csv.append("2026-10-05,").append(this.service).append(",post,Streamed row number ").append(i).append('\n');
		}
		assertThat(csv.length()).isGreaterThan(ActivityController.CARRY_LIMIT);
		this.mvc.perform(
				multipart("/activities/import").file(streamedOnly(csv.toString())).with(user(this.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All 12,000 rows are fine")));
		this.mvc
			.perform(multipart("/activities/import").file(streamedOnly(csv.toString()))
				.param("confirm", "true")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(redirectedUrl("/activities"));
		assertThat(imported()).isEqualTo(rows);
	}

	@Test
	void aBadRowAfterTheFirstBatchesRollsBackTheRowsAlreadyInserted() throws Exception {
		StringBuilder csv = new StringBuilder("date,service,kind,title\n");
		for (int i = 1; i <= 2_500; i++) {
			csv.append("2026-10-05,").append(this.service).append(",post,Row ").append(i).append('\n');
		}
		csv.append("2026-10-05,").append(this.service).append(",dance,The bad last row\n");
		this.mvc
			.perform(multipart("/activities/import").file(streamedOnly(csv.toString()))
				.param("confirm", "true")
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Line 2,502: the kind &quot;dance&quot; is unknown")))
			.andExpect(content().string(containsString("Nothing was imported")));
		assertThat(imported()).isZero();
	}

	/**
	 * An upload whose bytes the application may only read as a stream (from the multipart
	 * temporary file), never whole.
	 */
	private static MockMultipartFile streamedOnly(String csv) {
		return new MockMultipartFile("file", "activities.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public byte[] getBytes() throws java.io.IOException {
				boolean byTheApplication = StackWalker.getInstance()
					.walk((frames) -> frames.skip(1)
						.anyMatch((frame) -> frame.getClassName().startsWith("org.smrdesk.")
								&& !frame.getClassName().endsWith("Tests")));
				if (byTheApplication) {
					throw new AssertionError("the application read the whole upload into memory");
				}
				return super.getBytes();
			}

		};
	}

	@Test
	void aFileWithBadRowsReportsEachWithItsLineNumberAndImportsNothing() throws Exception {
		String csv = """
				date,service,kind,title,department,owner
				2026-10-01,%s,post,A fine row,,
				2026-13-45,%s,post,Bad date,,
				2026-10-03,No Such Service,post,Unknown service,,
				2026-10-04,%s,dance,Unknown kind,,
				2026-10-05,%s,post,,,
				2026-10-06,%s,post,Somebody else's,%s,
				2026-10-07,%s,post,Unknown owner,,nobody@test.example
				""".formatted(this.service, this.service, this.service, this.service, this.service,
				this.otherDepartment, this.service);
		String page = this.mvc
			.perform(multipart("/activities/import").file(file(csv)).with(user(this.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported")))
			.andExpect(content().string(not(containsString("confirm-import"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Line 3: the date &quot;2026-13-45&quot; is not a date")
			.contains("Line 4: the catalogue has no service called &quot;No Such Service&quot;")
			.contains("Line 5: the kind &quot;dance&quot; is unknown")
			.contains("Line 6: the title is missing")
			.contains("Line 7: you can only import activities of your own department")
			.contains("Line 8: no active user has the e-mail &quot;nobody@test.example&quot;")
			.doesNotContain("Line 2:");

		this.mvc
			.perform(post("/activities/import").with(user(this.staff))
				.with(csrf())
				.param("csv", csv)
				.param("confirm", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported")));
		assertThat(imported()).isZero();
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws Exception {
		this.mvc
			.perform(multipart("/activities/import").file(file("date,title\n2026-10-01,Hello\n"))
				.with(user(this.staff))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file lacks these columns: service, kind.")));
		assertThat(imported()).isZero();
	}

	@Test
	void anExportedFileImportsAgain() throws Exception {
		this.mvc
			.perform(post("/activities/import").with(user(this.staff))
				.with(csrf())
				.param("csv", goodFile())
				.param("confirm", "true"))
			.andExpect(redirectedUrl("/activities"));
		String exported = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/activities")
				.param("format", "csv")
				.param("department", Long.toString(this.departmentId))
				.with(user(this.staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).startsWith("date,department,service,account,kind,title");
		this.mvc.perform(multipart("/activities/import").file(file(exported)).with(user(this.staff)).with(csrf()))
			.andExpect(content().string(containsString("All 2 rows are fine")));
	}

}
