package org.smrdesk.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.TestData;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Who do I call?" answers for a service, a topic and a name with the owning department,
 * the owner and the contacts.
 */
@IntegrationTest
class DirectoryServiceTests {

	@Autowired
	private DirectoryService directory;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private MockMvc mvc;

	private String word;

	private String department;

	private String ownerEmail;

	private CurrentUser asker;

	@BeforeEach
	void createData() {
		this.word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.department = "Dept " + this.word;
		this.ownerEmail = TestData.user(this.jdbc, Role.STAFF, this.department);
		long departmentId = TestData.department(this.jdbc, this.department);
		long ownerId = TestData.userId(this.jdbc, this.ownerEmail);
		this.asker = (CurrentUser) this.userDetails
			.loadUserByUsername(TestData.user(this.jdbc, Role.STAFF, "Directory askers"));
		long serviceId = TestData.channel("Tube" + this.word)
			.with("kind", "VIDEO")
			.with("audience", "Gardeners and growers")
			.insert(this.jdbc);
		TestData.account(serviceId, "@garden" + this.word, departmentId, ownerId).insert(this.jdbc);
		TestData.activity(departmentId, serviceId, ownerId)
			.with("kind", "PODCAST_VIDEO")
			.with("title", "Pruning tutorial " + this.word + "walkthrough")
			.with("activity_date", LocalDate.now().minusDays(3))
			.insert(this.jdbc);
		long responsibilityId = this.jdbc.queryForObject("""
				insert into responsibilities (name, position, created_at, created_by, updated_at, updated_by)
				values (?, 1, now(), 'test', now(), 'test') returning id""", Long.class, "Garden videos " + this.word);
		this.jdbc.update("""
				insert into responsibility_assignments (responsibility_id, department_id, role,
				                                        created_at, created_by, updated_at, updated_by)
				values (?, ?, 'R', now(), 'test', now(), 'test')""", responsibilityId, departmentId);
	}

	@Test
	void aServiceNameAnswersWithItsAccountsOwnersAndActiveDepartments() {
		DirectoryService.Answer answer = this.directory.answer("tube" + this.word, this.asker);
		assertThat(answer.services()).singleElement().satisfies((s) -> {
			assertThat(s.service().getName()).isEqualTo("Tube" + this.word);
			assertThat(s.accounts()).singleElement()
				.satisfies((a) -> assertThat(a.getOwner().getEmail()).isEqualTo(this.ownerEmail));
			assertThat(s.activeDepartments()).singleElement()
				.satisfies((p) -> assertThat(p.getDepartmentName()).isEqualTo(this.department));
		});
	}

	@Test
	void theStartOfAWordOfAnActivityFindsItWithItsOwner() {
		DirectoryService.Answer answer = this.directory.answer(this.word.substring(0, 8), this.asker);
		assertThat(answer.activities()).extracting((a) -> a.getOwner().getEmail()).contains(this.ownerEmail);
		assertThat(this.directory.answer("pruning " + this.word, this.asker).activities()).hasSize(1);
	}

	@Test
	void aTopicFindsTheResponsibilityAndItsResponsibleDepartment() {
		DirectoryService.Answer answer = this.directory.answer("garden videos " + this.word, this.asker);
		assertThat(answer.responsibilities()).singleElement()
			.satisfies((r) -> assertThat(r.departments()).extracting("name").containsExactly(this.department));
	}

	@Test
	void aDepartmentNameAnswersWithItsRolesAndPeople() {
		DirectoryService.Answer answer = this.directory.answer("dept " + this.word, this.asker);
		assertThat(answer.departments()).singleElement().satisfies((d) -> {
			assertThat(d.roles()).extracting((r) -> r.getResponsibility().getName())
				.containsExactly("Garden videos " + this.word);
			assertThat(d.people()).extracting("email").containsExactly(this.ownerEmail);
		});
	}

	@Test
	void anAudienceWordFindsTheService() {
		assertThat(this.directory.answer("gardeners", this.asker).services())
			.anySatisfy((s) -> assertThat(s.service().getName()).isEqualTo("Tube" + this.word));
	}

	@Test
	void punctuationAloneAnswersNothingAndNeverFails() {
		assertThat(this.directory.answer("&|!:*()'", this.asker).isEmpty()).isTrue();
		assertThat(this.directory.answer("", this.asker).isEmpty()).isTrue();
	}

	@Test
	void thePageShowsTheOwnerOfTheAccount() throws Exception {
		this.mvc.perform(get("/directory").param("q", "tube" + this.word).with(user(this.asker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("@garden" + this.word)))
			.andExpect(content().string(containsString(this.ownerEmail)));
	}

}
