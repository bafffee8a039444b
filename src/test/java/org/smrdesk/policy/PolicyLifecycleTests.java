package org.smrdesk.policy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Role;
import org.smrdesk.core.RuleException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The life of a policy version on the real database: draft → in review → published →
 * retired, a published text never changes, and staff never see a draft.
 */
@IntegrationTest
class PolicyLifecycleTests {

	@Autowired
	private PolicyService policies;

	@Autowired
	private PolicyEditor editor;

	@Autowired
	private PolicyVersionWorkflow workflow;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	private PolicyFixtures fixtures;

	private CurrentUser lead;

	private CurrentUser staff;

	private CurrentUser manager;

	private long departmentId;

	@BeforeEach
	void setUp() {
		this.fixtures = new PolicyFixtures(this.jdbc, this.userDetails, this.policies, this.editor, this.workflow);
		String department = this.fixtures.department("Lifecycle");
		this.departmentId = this.fixtures.departmentId(department);
		this.lead = this.fixtures.user(Role.LEAD, department);
		this.staff = this.fixtures.user(Role.STAFF, department);
		this.manager = this.fixtures.user(Role.MANAGER, department);
	}

	@Test
	void aNewPolicyStartsWithADraftVersionOne() {
		Policy policy = this.editor.create(this.fixtures.form("Blogging", List.of(this.departmentId), this.lead),
				this.lead);
		PolicyVersion first = this.fixtures.firstVersion(policy, this.lead);
		assertThat(first.getNumber()).isEqualTo(1);
		assertThat(first.getState()).isEqualTo(VersionState.DRAFT);
		assertThat(first.getPublishedAt()).isNull();
	}

	@Test
	void aPublishedVersionCannotBeEdited() {
		Policy policy = this.fixtures.published("Immutable", List.of(this.departmentId), this.lead);
		PolicyVersion published = this.fixtures.firstVersion(policy, this.lead);
		VersionForm form = new VersionForm(published);
		form.setBody("Changed after publication");
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.workflow.revise(policy.getId(), published.getId(), form, this.lead))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("policy.version.immutable"));
		assertThat(this.fixtures.reload(policy, published, this.lead).getBody()).doesNotContain("Changed");
	}

	@Test
	void aPolicyVersionHasNoPublicSetters() {
		List<String> setters = Arrays.stream(PolicyVersion.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)
			.filter((name) -> name.startsWith("set"))
			.toList();
		assertThat(setters).isEmpty();
	}

	@Test
	void publishingANewVersionRetiresThePreviousOne() {
		Policy policy = this.fixtures.published("Retiring", List.of(this.departmentId), this.lead);
		PolicyVersion first = this.fixtures.firstVersion(policy, this.lead);
		PolicyVersion second = this.policies.startNewDraft(policy.getId(), "Clearer disclosure", this.lead);
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(second.getBody()).isEqualTo(first.getBody());

		VersionForm form = new VersionForm(second);
		form.setBody(first.getBody() + "\nDisclose every gift.");
		this.workflow.revise(policy.getId(), second.getId(), form, this.lead);
		this.workflow.submitForReview(policy.getId(), second.getId(), this.lead);
		this.workflow.publish(policy.getId(), second.getId(), this.lead);

		assertThat(this.fixtures.reload(policy, first, this.lead).getState()).isEqualTo(VersionState.RETIRED);
		PolicyVersion now = this.fixtures.reload(policy, second, this.lead);
		assertThat(now.getState()).isEqualTo(VersionState.PUBLISHED);
		assertThat(now.getPublishedAt()).isNotNull();
		assertThat(now.getPublishedBy().getId()).isEqualTo(this.lead.id());
		assertThat(this.policies.findPublishedVersions()).extracting(PolicyVersion::getId)
			.contains(second.getId())
			.doesNotContain(first.getId());
	}

	@Test
	void onlyAVersionInReviewCanBePublished() {
		Policy policy = this.editor.create(this.fixtures.form("Unreviewed", List.of(this.departmentId), this.lead),
				this.lead);
		PolicyVersion draft = this.fixtures.firstVersion(policy, this.lead);
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.workflow.publish(policy.getId(), draft.getId(), this.lead));
		this.workflow.submitForReview(policy.getId(), draft.getId(), this.lead);
		this.workflow.returnToDraft(policy.getId(), draft.getId(), this.lead);
		assertThat(this.fixtures.reload(policy, draft, this.lead).getState()).isEqualTo(VersionState.DRAFT);
	}

	@Test
	void startingANewDraftWhileOneIsOpenReturnsTheOpenOne() {
		Policy policy = this.fixtures.published("Open draft", List.of(this.departmentId), this.lead);
		PolicyVersion draft = this.policies.startNewDraft(policy.getId(), "First change", this.lead);
		PolicyVersion again = this.policies.startNewDraft(policy.getId(), "Second change", this.lead);
		assertThat(again.getId()).isEqualTo(draft.getId());
		assertThat(this.policies.versions(policy.getId(), this.lead)).hasSize(2);
	}

	@Test
	void retiringWithdrawsThePublishedVersion() {
		Policy policy = this.fixtures.published("Withdrawn", List.of(this.departmentId), this.lead);
		this.workflow.retire(policy.getId(), this.lead);
		assertThat(this.fixtures.firstVersion(policy, this.lead).getState()).isEqualTo(VersionState.RETIRED);
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.workflow.retire(policy.getId(), this.lead));
	}

	@Test
	void staffNeverSeeDraftsInListsByAddressOrInDiffs() {
		Policy published = this.fixtures.published("Visible", List.of(this.departmentId), this.lead);
		PolicyVersion first = this.fixtures.firstVersion(published, this.lead);
		PolicyVersion draft = this.policies.startNewDraft(published.getId(), "Secret", this.lead);
		VersionForm form = new VersionForm(draft);
		form.setBody("Unannounced zebra-" + this.fixtures.suffix);
		this.workflow.revise(published.getId(), draft.getId(), form, this.lead);
		Policy draftOnly = this.editor.create(this.fixtures.form("Hidden", List.of(this.departmentId), this.lead),
				this.lead);

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.policies.version(published.getId(), draft.getId(), this.staff));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.policies.diff(published.getId(), first.getId(), draft.getId(), this.staff));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.policies.get(draftOnly.getId(), this.staff));
		assertThat(this.policies.versions(published.getId(), this.staff)).extracting(PolicyVersion::getId)
			.containsExactly(first.getId());

		PolicyCriteria bySuffix = new PolicyCriteria(this.fixtures.suffix, null, null, null, null);
		assertThat(titles(bySuffix, this.staff)).containsExactly(published.getTitle());
		assertThat(titles(bySuffix, this.manager)).containsExactlyInAnyOrder(published.getTitle(),
				draftOnly.getTitle());
		PolicyCriteria byDraftText = new PolicyCriteria("zebra-" + this.fixtures.suffix, null, null, null, null);
		assertThat(titles(byDraftText, this.staff)).isEmpty();
		assertThat(titles(byDraftText, this.lead)).containsExactly(published.getTitle());
		PolicyCriteria draftsAsked = new PolicyCriteria(this.fixtures.suffix, null, VersionState.DRAFT, null, null);
		assertThat(titles(draftsAsked, this.staff)).containsExactly(published.getTitle());
		assertThat(this.policies.search(bySuffix, this.staff, PageRequest.of(0, 10)).getContent())
			.allSatisfy((item) -> assertThat(item.openNumber()).isNull());

		assertThat(this.policies.diff(published.getId(), first.getId(), draft.getId(), this.manager).added())
			.isEqualTo(1);
	}

	@Test
	void theListFiltersByKindDepartmentAndReviewDate() {
		String otherDepartment = this.fixtures.department("Filter other");
		long otherId = this.fixtures.departmentId(otherDepartment);
		Policy mine = this.editor.create(this.fixtures.form("Mine", List.of(this.departmentId), this.lead), this.lead);
		PolicyForm crisis = this.fixtures.form("Crisis", List.of(otherId), this.lead);
		crisis.setKind(PolicyKind.CRISIS);
		crisis.setNextReviewOn(LocalDate.now().minusDays(1));
		Policy due = this.editor.create(crisis, this.lead);

		String q = this.fixtures.suffix;
		assertThat(titles(new PolicyCriteria(q, PolicyKind.CRISIS, null, null, null), this.lead))
			.containsExactly(due.getTitle());
		assertThat(titles(new PolicyCriteria(q, null, null, this.departmentId, null), this.lead))
			.containsExactly(mine.getTitle());
		assertThat(titles(new PolicyCriteria(q, null, null, null, true), this.lead)).containsExactly(due.getTitle());
		assertThat(this.policies.dueForReview(Integer.MAX_VALUE)).extracting(Policy::getId).contains(due.getId());

		this.editor.markReviewed(due.getId(), this.lead);
		assertThat(this.policies.get(due.getId(), this.lead).getNextReviewOn())
			.isEqualTo(LocalDate.now().plusMonths(12));
		assertThat(titles(new PolicyCriteria(q, null, null, null, true), this.lead)).isEmpty();
	}

	@Test
	void onlyTheLeadChangesPolicies() {
		PolicyForm form = this.fixtures.form("Not mine", List.of(this.departmentId), this.lead);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editor.create(form, this.manager));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editor.create(form, this.staff));
	}

	private List<String> titles(PolicyCriteria criteria, CurrentUser reader) {
		return this.policies.search(criteria, reader, PageRequest.of(0, 50))
			.map((item) -> item.policy().getTitle())
			.getContent();
	}

}
