package org.smrdesk.incident;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smrdesk.IntegrationTest;
import org.smrdesk.core.ConcurrentEditException;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.core.RuleException;
import org.smrdesk.core.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class IncidentServiceTests {

	@Autowired
	private IncidentService incidents;

	@Autowired
	private IncidentSearch search;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private IncidentReviewService reviews;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private PlatformTransactionManager transactions;

	private IncidentFixtures fixtures;

	private CurrentUser lead;

	private CurrentUser staff;

	private CurrentUser otherStaff;

	private CurrentUser manager;

	private long staffDepartment;

	@BeforeEach
	void users() {
		this.fixtures = new IncidentFixtures(this.jdbc, this.userDetails);
		this.lead = this.fixtures.user(Role.LEAD, "Incident Communications");
		this.staff = this.fixtures.user(Role.STAFF, "Incident Support");
		this.otherStaff = this.fixtures.user(Role.STAFF, "Incident Marketing");
		this.manager = this.fixtures.user(Role.MANAGER, "Incident Executive");
		this.staffDepartment = this.staff.departmentId();
	}

	private List<TimelineEntry> entriesOf(Incident incident) {
		return this.timeline.timeline(incident, TimelineFilter.NONE);
	}

	private Incident reload(Incident incident) {
		return this.incidents.get(incident.getId(), this.lead);
	}

	@Test
	void triageMovesAReportedIncidentAndWritesStatusAndSeverityEntries() {
		Incident incident = this.incidents.report(IncidentFixtures.report("Triage"), this.staff);
		assertThat(incident.getStatus()).isEqualTo(IncidentStatus.REPORTED);
		this.incidents.triage(incident.getId(),
				IncidentFixtures.triage(incident, Severity.CRISIS, this.staffDepartment), this.lead);
		Incident triaged = reload(incident);
		assertThat(triaged.getStatus()).isEqualTo(IncidentStatus.TRIAGE);
		assertThat(triaged.getSeverity()).isEqualTo(Severity.CRISIS);
		assertThat(triaged.getReportedSeverity()).isEqualTo(Severity.MODERATE);
		assertThat(entriesOf(triaged)).extracting(TimelineEntry::getType)
			.containsExactly(TimelineEntryType.STATUS_CHANGE, TimelineEntryType.SEVERITY_CHANGE);
		TimelineEntry severity = entriesOf(triaged).get(1);
		assertThat(severity.getChange().getFromSeverity()).isEqualTo(Severity.MODERATE);
		assertThat(severity.getChange().getToSeverity()).isEqualTo(Severity.CRISIS);
		assertThat(severity.getActorName()).isEqualTo(this.lead.displayName());
	}

	@Test
	void aStatusChangeIsWrittenToTheTimelineWithItsNote() {
		Incident incident = triaged();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESPONDING, reload(incident).getVersion(),
				"Claim history confirms it", null, this.lead);
		TimelineEntry last = entriesOf(incident).get(entriesOf(incident).size() - 1);
		assertThat(last.getType()).isEqualTo(TimelineEntryType.STATUS_CHANGE);
		assertThat(last.getChange().getFromStatus()).isEqualTo(IncidentStatus.TRIAGE);
		assertThat(last.getChange().getToStatus()).isEqualTo(IncidentStatus.RESPONDING);
		assertThat(last.getBody()).isEqualTo("Claim history confirms it");
	}

	@Test
	void anInvalidTransitionIsRefusedAndLeavesNoTrace() {
		Incident incident = this.incidents.report(IncidentFixtures.report("Skip"), this.staff);
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.incidents.changeStatus(incident.getId(), IncidentStatus.RESOLVED,
					incident.getVersion(), null, null, this.lead))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("incident.status.refused"));
		assertThatExceptionOfType(RuleException.class).isThrownBy(() -> this.incidents.changeStatus(incident.getId(),
				IncidentStatus.REVIEWED, incident.getVersion(), null, null, this.lead));
		assertThat(reload(incident).getStatus()).isEqualTo(IncidentStatus.REPORTED);
		assertThat(entriesOf(incident)).isEmpty();
	}

	@Test
	void aStatusChangeFromAStalePageIsAConflict() {
		Incident incident = triaged();
		long seen = reload(incident).getVersion();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESPONDING, seen, null, null, this.lead);
		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.incidents
			.changeStatus(incident.getId(), IncidentStatus.RESOLVED, seen, null, null, this.lead));
		assertThat(reload(incident).getStatus()).isEqualTo(IncidentStatus.RESPONDING);
	}

	@Test
	void twoLeadsChangingTheStatusAtOnceOneWinsAndNothingIsLost() throws Exception {
		Incident incident = triaged();
		long seen = reload(incident).getVersion();
		CurrentUser otherLead = this.fixtures.user(Role.LEAD, "Incident Communications");
		CountDownLatch loaded = new CountDownLatch(1);
		CountDownLatch winnerDone = new CountDownLatch(1);
		TransactionTemplate slow = new TransactionTemplate(this.transactions);
		// The slow lead has the incident open (loaded in their transaction) when the
		// other lead's change commits.
		CompletableFuture<Void> loser = CompletableFuture.runAsync(() -> slow.executeWithoutResult((status) -> {
			this.incidents.get(incident.getId(), otherLead);
			loaded.countDown();
			await(winnerDone);
			this.incidents.changeStatus(incident.getId(), IncidentStatus.RESOLVED, seen, "slow", null, otherLead);
		}));
		assertThat(loaded.await(10, TimeUnit.SECONDS)).isTrue();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESPONDING, seen, "fast", null, this.lead);
		winnerDone.countDown();
		assertThat(loser).failsWithin(java.time.Duration.ofSeconds(20))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(OptimisticLockingFailureException.class);
		Incident after = reload(incident);
		assertThat(after.getStatus()).isEqualTo(IncidentStatus.RESPONDING);
		assertThat(entriesOf(after)).filteredOn((e) -> e.getType() == TimelineEntryType.STATUS_CHANGE)
			.extracting(TimelineEntry::getBody)
			.containsExactly("", "fast");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void staffReadIncidentsTheyReportedOrWhoseGroupsIncludeTheirDepartment() {
		Incident reportedByStaff = this.incidents.report(IncidentFixtures.report("Own"), this.staff);
		Incident engagingStaff = this.incidents.report(IncidentFixtures.report("Engaged"), this.lead);
		this.incidents.triage(engagingStaff.getId(),
				IncidentFixtures.triage(engagingStaff, Severity.MAJOR, this.staffDepartment), this.lead);
		Incident elsewhere = this.incidents.report(IncidentFixtures.report("Elsewhere"), this.lead);

		assertThat(this.incidents.get(reportedByStaff.getId(), this.staff)).isNotNull();
		assertThat(this.incidents.get(engagingStaff.getId(), this.staff)).isNotNull();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.incidents.get(elsewhere.getId(), this.staff));
		assertThat(this.incidents.get(elsewhere.getId(), this.manager)).isNotNull();

		List<Long> listed = this.search
			.search(new IncidentFilter("", "all", null, null), this.staff,
					org.springframework.data.domain.PageRequest.of(0, 100))
			.map((row) -> row.incident().getId())
			.getContent();
		assertThat(listed).contains(reportedByStaff.getId(), engagingStaff.getId()).doesNotContain(elsewhere.getId());
		List<Long> panel = this.search.open(this.staff, 1000).stream().map((row) -> row.incident().getId()).toList();
		assertThat(panel).contains(reportedByStaff.getId(), engagingStaff.getId()).doesNotContain(elsewhere.getId());
		assertThat(this.search.openCrises(this.staff)).isGreaterThanOrEqualTo(1);
	}

	@Test
	void staffAddEngagementEntriesForTheirOwnDepartmentOnly() {
		Incident incident = triaged();
		TimelineEntryForm engagement = IncidentFixtures.entry(TimelineEntryType.ENGAGEMENT, "Called the customer");
		engagement.setGroup("pPRESS");
		TimelineEntry entry = this.timeline.add(incident.getId(), engagement, this.staff);
		assertThat(entry.getDepartment().getId()).isEqualTo(this.staffDepartment);
		assertThat(entry.getParty()).isNull();

		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.timeline.add(incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.DECISION, "Decide"), this.staff));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.timeline.add(incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.ENGAGEMENT, "Not ours"), this.otherStaff));
	}

	@Test
	void managersAddNotesAndTheLeadAddsEveryManualType() {
		Incident incident = triaged();
		this.timeline.add(incident.getId(), IncidentFixtures.entry(TimelineEntryType.NOTE, "Board informed"),
				this.manager);
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.timeline.add(incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.DECISION, "Decide"), this.manager));
		assertThat(this.timeline.allowedTypes(incident, this.lead)).isEqualTo(TimelineEntryType.manual());
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> this.timeline.add(incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.STATUS_CHANGE, "By hand"), this.lead));
	}

	@Test
	void aCorrectionRefersToAnEarlierEntryOfTheSameIncident() {
		Incident incident = triaged();
		TimelineEntry wrong = this.timeline.add(incident.getId(),
				IncidentFixtures.entry(TimelineEntryType.NOTE, "1.2M followers"), this.lead);
		TimelineEntryForm correction = IncidentFixtures.entry(TimelineEntryType.CORRECTION, "120,000 followers");
		assertThatExceptionOfType(FieldException.class)
			.isThrownBy(() -> this.timeline.add(incident.getId(), correction, this.lead))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("correctsEntryId"));
		correction.setCorrectsEntryId(wrong.getId());
		TimelineEntry fixed = this.timeline.add(incident.getId(), correction, this.lead);
		assertThat(entriesOf(incident)).filteredOn((e) -> e.getId().equals(fixed.getId()))
			.singleElement()
			.satisfies((e) -> assertThat(e.getCorrects().getId()).isEqualTo(wrong.getId()));
		assertThat(entriesOf(incident)).extracting(TimelineEntry::getBody).contains("1.2M followers");
	}

	@Test
	void milestonesAreComputedFromTheTimelineForListsToo() {
		Incident incident = triaged();
		TimelineEntryForm response = IncidentFixtures.entry(TimelineEntryType.RESPONSE_PUBLISHED, "Apology");
		this.timeline.add(incident.getId(), response, this.lead);
		Incident current = reload(incident);
		Milestones fromTimeline = this.timeline.milestones(current, entriesOf(current));
		Milestones fromList = this.search.milestones(List.of(current)).get(current.getId());
		assertThat(fromTimeline.triagedAt()).isNotNull();
		assertThat(fromTimeline.toFirstResponse().duration()).hasHours(2);
		// The list reads the moments in aggregate: the same times, without the entry ids.
		assertThat(fromList).usingRecursiveComparison()
			.ignoringFields("triageEntryId", "firstResponseEntryId", "resolutionEntryId")
			.isEqualTo(fromTimeline);
		// a page showing the milestones alone reads the entries that make them, ids and
		// all
		assertThat(this.timeline.milestones(current)).isEqualTo(fromTimeline);
		assertThat(fromTimeline.firstResponseEntryId()).isNotNull();
	}

	@Test
	void aManagerSignsOffTheReviewOfAResolvedIncident() {
		Incident incident = triaged();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESOLVED, reload(incident).getVersion(), null,
				null, this.lead);
		ReviewForm form = new ReviewForm();
		form.setWhatHappened("A complaint went viral");
		this.reviews.write(incident.getId(), form, this.lead);
		IncidentReview partial = this.reviews.find(incident.getId()).orElseThrow();
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.reviews.signOff(incident.getId(), partial.getVersion(), this.manager))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("incident.review.incomplete"));
		form.setVersion(partial.getVersion());
		form.setWentWell("Fast apology");
		form.setToChange("Second look at refused claims");
		this.reviews.write(incident.getId(), form, this.lead);
		FollowUpForm followUp = new FollowUpForm();
		followUp.setType(FollowUpType.TRAINING_NEED);
		followUp.setDescription("Fragile items module");
		followUp.setOwnerId(this.lead.id());
		followUp.setDueOn(java.time.LocalDate.now().plusDays(30));
		this.reviews.addFollowUp(incident.getId(), followUp, this.manager);
		IncidentReview written = this.reviews.find(incident.getId()).orElseThrow();

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.reviews.signOff(incident.getId(), written.getVersion(), this.lead));
		this.reviews.signOff(incident.getId(), written.getVersion(), this.manager);

		Incident reviewed = reload(incident);
		assertThat(reviewed.getStatus()).isEqualTo(IncidentStatus.REVIEWED);
		IncidentReview signed = this.reviews.find(incident.getId()).orElseThrow();
		assertThat(signed.isSignedOff()).isTrue();
		assertThat(signed.getFollowUps()).extracting(FollowUp::getType).containsExactly(FollowUpType.TRAINING_NEED);
		TimelineEntry last = entriesOf(reviewed).get(entriesOf(reviewed).size() - 1);
		assertThat(last.getChange().getToStatus()).isEqualTo(IncidentStatus.REVIEWED);
		assertThat(last.getActorName()).isEqualTo(this.manager.displayName());
		form.setVersion(signed.getVersion());
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.reviews.write(incident.getId(), form, this.lead))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("incident.review.signedOff"));
	}

	@Test
	void aManagerCommentsButCannotRewriteTheLeadsReviewAndSignOffLocksIt() {
		Incident incident = triaged();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESOLVED, reload(incident).getVersion(), null,
				null, this.lead);
		ReviewForm form = new ReviewForm();
		form.setWhatHappened("A complaint went viral");
		form.setWentWell("Fast apology");
		form.setToChange("Second look at refused claims");
		this.reviews.write(incident.getId(), form, this.lead);
		IncidentReview written = this.reviews.find(incident.getId()).orElseThrow();

		ReviewForm rewrite = new ReviewForm();
		rewrite.setVersion(written.getVersion());
		rewrite.setWhatHappened("Nothing happened");
		rewrite.setWentWell("Everything");
		rewrite.setToChange("Nothing");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.reviews.write(incident.getId(), rewrite, this.manager));
		this.reviews.comment(incident.getId(), "Say who approved the apology", this.manager);

		assertThat(this.reviews.awaitingSignOff(this.manager, 1000)).extracting((w) -> w.incident().getId())
			.contains(incident.getId());
		IncidentReview commented = this.reviews.find(incident.getId()).orElseThrow();
		assertThat(commented.getWhatHappened()).isEqualTo("A complaint went viral");
		assertThat(commented.getComments()).extracting(ReviewComment::getBody)
			.containsExactly("Say who approved the apology");
		assertThat(commented.getComments().get(0).getAuthor().getDisplayName()).isEqualTo(this.manager.displayName());

		this.reviews.signOff(incident.getId(), commented.getVersion(), this.manager);
		IncidentReview signed = this.reviews.find(incident.getId()).orElseThrow();
		assertThat(signed.getSignedOffBy().getDisplayName()).isEqualTo(this.manager.displayName());
		assertThat(signed.getSignedOffAt()).isNotNull();
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.reviews.comment(incident.getId(), "Too late", this.manager))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("incident.review.signedOff"));
		assertThat(this.reviews.awaitingSignOff(this.manager, 1000)).extracting((w) -> w.incident().getId())
			.doesNotContain(incident.getId());
	}

	@Test
	void theManagersQueueListsResolvedIncidentsOldestFirstWithTheirAge() {
		java.time.LocalDateTime berlinNow = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Berlin"))
			.withSecond(0)
			.withNano(0);
		Incident older = this.incidents.report(IncidentFixtures.report("Older"), this.lead);
		TriageForm triage = IncidentFixtures.triage(older, Severity.MAJOR, this.staffDepartment);
		triage.setOccurredAt(berlinNow.minusHours(2));
		this.incidents.triage(older.getId(), triage, this.lead);
		Incident newer = triaged();
		this.incidents.changeStatus(newer.getId(), IncidentStatus.RESOLVED, reload(newer).getVersion(), null, null,
				this.lead);
		this.incidents.changeStatus(older.getId(), IncidentStatus.RESOLVED, reload(older).getVersion(), null,
				berlinNow.minusMinutes(30), this.lead);
		List<Long> queue = this.reviews.awaitingSignOff(this.manager, 1000)
			.stream()
			.map((w) -> w.incident().getId())
			.filter((id) -> id.equals(older.getId()) || id.equals(newer.getId()))
			.toList();
		assertThat(queue).containsExactly(older.getId(), newer.getId());
		IncidentReviewService.Awaiting first = this.reviews.awaitingSignOff(this.manager, 1000)
			.stream()
			.filter((w) -> w.incident().getId().equals(older.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(first.age().duration().toMinutes()).isBetween(29L, 31L);
		assertThat(first.reviewWritten()).isFalse();
		// bounded in the database: the first few are the longest waiting of all
		List<IncidentReviewService.Awaiting> all = this.reviews.awaitingSignOff(this.manager, 1000);
		assertThat(this.reviews.awaitingSignOff(this.manager, 2)).extracting((w) -> w.incident().getId())
			.containsExactlyElementsOf(all.stream().limit(2).map((w) -> w.incident().getId()).toList());
	}

	@Test
	void aStaffMembersPublicReplyIsTheFirstResponse() {
		Incident incident = triaged();
		TimelineEntryForm internal = IncidentFixtures.entry(TimelineEntryType.ENGAGEMENT, "Briefed the shop");
		this.timeline.add(incident.getId(), internal, this.staff);
		assertThat(this.timeline.milestones(reload(incident), entriesOf(incident)).firstResponseAt()).isNull();
		TimelineEntryForm reply = IncidentFixtures.entry(TimelineEntryType.ENGAGEMENT, "Answered the customer");
		reply.setPublicReply(true);
		TimelineEntry entry = this.timeline.add(incident.getId(), reply, this.staff);
		Milestones milestones = this.timeline.milestones(reload(incident), entriesOf(incident));
		assertThat(milestones.firstResponseEntryId()).isEqualTo(entry.getId());
		assertThat(this.timeline.milestones(reload(incident))).isEqualTo(milestones);
		assertThat(entry.isExternal()).isTrue();
		assertThat(entry.getDepartment().getId()).isEqualTo(this.staffDepartment);
	}

	@Test
	void aReviewWaitsForResolution() {
		Incident incident = triaged();
		assertThatExceptionOfType(RuleException.class)
			.isThrownBy(() -> this.reviews.write(incident.getId(), new ReviewForm(), this.lead))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("incident.review.notResolved"));
	}

	@Test
	void triageSuggestsTheDepartmentsTheResponsibilityMatrixEngagesForTheKind() {
		long legal = this.fixtures.department("Incident Legal");
		this.jdbc.update("""
				insert into responsibilities (name, incident_kind, created_at, created_by, updated_at, updated_by)
				values (?, 'DATA_SECURITY', now(), 'test', now(), 'test')""", "Breach response " + legal);
		this.jdbc.update("""
				insert into responsibility_assignments (responsibility_id, department_id, role, created_at, created_by,
				                                        updated_at, updated_by)
				select r.id, ?, 'A', now(), 'test', now(), 'test' from responsibilities r where r.name = ?""", legal,
				"Breach response " + legal);
		IncidentForm report = IncidentFixtures.report("Leak");
		report.setKind(IncidentKind.DATA_SECURITY);
		Incident incident = this.incidents.report(report, this.lead);
		assertThat(this.incidents.suggestedDepartments(incident)).extracting((d) -> d.getId()).contains(legal);
	}

	@Test
	void aPolicyChangeFollowUpOpensADraftOfThePolicy() {
		long owner = this.lead.id();
		Long policy = this.jdbc.queryForObject(
				"""
						insert into policies (title, kind, owner_id, review_cycle_months, next_review_on, created_at, created_by,
						                      updated_at, updated_by)
						values (?, 'CRISIS', ?, 12, current_date + 100, now(), 'test', now(), 'test') returning id""",
				Long.class, "Claims escalation " + owner, owner);
		this.jdbc.update(
				"""
						insert into policy_versions (policy_id, number, body, change_summary, state, published_at, published_by_id,
						                             created_at, created_by, updated_at, updated_by)
						values (?, 1, 'Claims are answered within a week.', 'First', 'PUBLISHED', now(), ?, now(), 'test', now(),
						        'test')""",
				policy, owner);
		Incident incident = triaged();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESOLVED, reload(incident).getVersion(), null,
				null, this.lead);
		FollowUpForm form = new FollowUpForm();
		form.setType(FollowUpType.POLICY_CHANGE);
		form.setDescription("Add a public escalation path");
		form.setOwnerId(owner);
		form.setDueOn(java.time.LocalDate.now().plusDays(14));
		assertThatExceptionOfType(FieldException.class)
			.isThrownBy(() -> this.reviews.addFollowUp(incident.getId(), form, this.lead))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("policyId"));
		form.setPolicyId(policy);
		this.reviews.addFollowUp(incident.getId(), form, this.lead);
		FollowUp followUp = this.reviews.find(incident.getId()).orElseThrow().getFollowUps().get(0);
		assertThat(followUp.getPolicy().getId()).isEqualTo(policy);
		assertThat(followUp.getPolicyVersion().getNumber()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select state from policy_versions where policy_id = ? and number = 2",
				String.class, policy))
			.isEqualTo("DRAFT");

		// A second request reuses the open draft, and the draft says what both asked for,
		// and from where.
		form.setDescription("Name who answers at weekends");
		this.reviews.addFollowUp(incident.getId(), form, this.lead);
		String summary = this.jdbc.queryForObject(
				"select change_summary from policy_versions where policy_id = ? and number = 2", String.class, policy);
		assertThat(summary).contains("Add a public escalation path (incident #" + incident.getId())
			.contains("Name who answers at weekends (incident #" + incident.getId());
		assertThat(this.jdbc.queryForObject("select count(*) from policy_versions where policy_id = ?", Long.class,
				policy))
			.isEqualTo(2L);
	}

	@Autowired
	private FollowUpService followUps;

	@Test
	void followUpsAreOnTheOwnersListOverdueForTheLeadAndGetDoneOrDroppedWithWhoWhenAndWhy() {
		Incident incident = triaged();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESOLVED, reload(incident).getVersion(), null,
				null, this.lead);
		FollowUpForm form = new FollowUpForm();
		form.setType(FollowUpType.ACTION);
		form.setOwnerId(this.staff.id());
		form.setDueOn(java.time.LocalDate.now().plusDays(7));
		form.setDescription("Write the FAQ answer");
		this.reviews.addFollowUp(incident.getId(), form, this.lead);
		form.setDescription("Brief the shop managers");
		this.reviews.addFollowUp(incident.getId(), form, this.lead);
		List<FollowUp> added = this.reviews.find(incident.getId()).orElseThrow().getFollowUps();
		FollowUp faq = added.stream().filter((f) -> f.getDescription().startsWith("Write")).findFirst().orElseThrow();
		FollowUp brief = added.stream().filter((f) -> f.getDescription().startsWith("Brief")).findFirst().orElseThrow();
		this.jdbc.update("update incident_follow_ups set due_on = current_date - 3 where id = ?", brief.getId());

		assertThat(this.followUps.mine(this.staff, 100)).extracting(FollowUp::getId)
			.containsExactly(brief.getId(), faq.getId());
		assertThat(this.followUps.overdue(1000)).extracting(FollowUp::getId)
			.contains(brief.getId())
			.doesNotContain(faq.getId());

		FollowUp current = this.followUps.mine(this.staff, 100).get(1);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.followUps.close(faq.getId(),
				FollowUpState.DONE, null, current.getVersion(), this.otherStaff));
		assertThatExceptionOfType(FieldException.class).isThrownBy(
				() -> this.followUps.close(faq.getId(), FollowUpState.DROPPED, " ", current.getVersion(), this.staff))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("note"));
		FollowUp done = this.followUps.close(faq.getId(), FollowUpState.DONE, "Published in the help centre",
				current.getVersion(), this.staff);
		assertThat(done.getState()).isEqualTo(FollowUpState.DONE);
		assertThat(done.getClosedBy().getId()).isEqualTo(this.staff.id());
		assertThat(done.getClosedAt()).isNotNull();
		assertThat(done.getClosingNote()).isEqualTo("Published in the help centre");
		assertThatExceptionOfType(RuleException.class).isThrownBy(
				() -> this.followUps.close(faq.getId(), FollowUpState.DROPPED, "again", done.getVersion(), this.lead));
		FollowUp overdue = this.followUps.mine(this.staff, 100).get(0);
		this.followUps.close(brief.getId(), FollowUpState.DROPPED, "The shops closed", overdue.getVersion(), this.lead);
		assertThat(this.followUps.mine(this.staff, 100)).isEmpty();
		assertThat(this.followUps.overdue(1000)).extracting(FollowUp::getId).doesNotContain(brief.getId());
	}

	@Test
	void aTrainingNeedFollowUpMayNameTheTrainingThatMeetsIt() {
		Long training = this.jdbc.queryForObject(
				"""
						insert into trainings (title, topic_kind, format, trainer_id, created_at, created_by, updated_at, updated_by)
						values (?, 'CULTURE', 'WORKSHOP', ?, now(), 'test', now(), 'test') returning id""",
				Long.class, "Fragile items " + this.lead.id(), this.lead.id());
		Incident incident = triaged();
		this.incidents.changeStatus(incident.getId(), IncidentStatus.RESOLVED, reload(incident).getVersion(), null,
				null, this.lead);
		FollowUpForm form = new FollowUpForm();
		form.setType(FollowUpType.TRAINING_NEED);
		form.setDescription("Train delivery crews");
		form.setOwnerId(this.lead.id());
		form.setDueOn(java.time.LocalDate.now().plusDays(14));
		form.setTrainingId(999_999_999L);
		assertThatExceptionOfType(FieldException.class)
			.isThrownBy(() -> this.reviews.addFollowUp(incident.getId(), form, this.manager))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("trainingId"));
		form.setTrainingId(training);
		this.reviews.addFollowUp(incident.getId(), form, this.manager);
		FollowUp followUp = this.reviews.find(incident.getId()).orElseThrow().getFollowUps().get(0);
		assertThat(followUp.getTraining().getId()).isEqualTo(training);
		assertThat(followUp.getPolicy()).isNull();
	}

	private Incident triaged() {
		Incident incident = this.incidents.report(IncidentFixtures.report("Incident"), this.lead);
		this.incidents.triage(incident.getId(), IncidentFixtures.triage(incident, Severity.MAJOR, this.staffDepartment),
				this.lead);
		return reload(incident);
	}

}
