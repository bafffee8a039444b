package org.smrdesk.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.smrdesk.core.ArrayFunctions;
import org.smrdesk.core.Choice;
import org.smrdesk.core.Choices;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.core.Paging;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policies and their versions: the lead writes, reviews, publishes and revises them;
 * everyone reads the published text. Staff never see a draft or a version in review, by
 * list, by address or by diff. The lead's changes to a policy itself are
 * {@link PolicyEditor}'s, to a version's state {@link PolicyVersionWorkflow}'s.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService {

	private final PolicyRepository policies;

	private final PolicyVersionRepository versions;

	private final Clock clock;

	PolicyService(PolicyRepository policies, PolicyVersionRepository versions, Clock clock) {
		this.policies = policies;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * One page of the list, with each policy's published and open version.
	 * @param criteria the filters
	 * @param reader who reads (staff see only published policies, and search only
	 * published text)
	 * @param pageable the page and sort
	 * @return the page
	 */
	public Page<PolicyListItem> search(PolicyCriteria criteria, CurrentUser reader, Pageable pageable) {
		Matching m = matching(criteria, reader);
		Page<Policy> page = Paging.within(pageable, (reachable) -> this.policies.search(m.text(), criteria.kind(),
				m.state(), criteria.department(), m.dueBy(), m.publicOnly(), reachable));
		Map<Long, List<PolicyVersionRepository.VersionSummary>> summaries = page.isEmpty() ? Map.of()
				: this.versions.summaries(page.map(Policy::getId).getContent().toArray(Long[]::new))
					.stream()
					.collect(Collectors.groupingBy(PolicyVersionRepository.VersionSummary::getPolicyId));
		LocalDate today = today();
		return page.map((policy) -> PolicyListItem.of(policy, summaries.getOrDefault(policy.getId(), List.of()),
				policy.isDueForReview(today), m.publicOnly()));
	}

	/**
	 * The ids of every policy the list would show with these filters, in one query (for
	 * exports, which need neither a page nor the versions).
	 * @param criteria the filters
	 * @param reader who reads
	 * @return the ids
	 */
	public Set<Long> searchIds(PolicyCriteria criteria, CurrentUser reader) {
		Matching m = matching(criteria, reader);
		return new HashSet<>(this.policies.searchIds(m.text(), criteria.kind(), m.state(), criteria.department(),
				m.dueBy(), m.publicOnly()));
	}

	private Matching matching(PolicyCriteria criteria, CurrentUser reader) {
		boolean publicOnly = !canSeeDrafts(reader);
		VersionState state = criteria.state();
		if (publicOnly && state != null && !state.isPublic()) {
			state = VersionState.PUBLISHED;
		}
		String text = (criteria.q() != null) ? criteria.q().trim().toLowerCase(Locale.ROOT) : "";
		LocalDate dueBy = Boolean.TRUE.equals(criteria.due()) ? today() : null;
		return new Matching(text, state, dueBy, publicOnly);
	}

	/** The list's filters as its queries take them. */
	private record Matching(String text, VersionState state, LocalDate dueBy, boolean publicOnly) {
	}

	/**
	 * A policy; staff get a 404 for a policy that was never published.
	 * @param id the policy's id
	 * @param reader who reads
	 * @return the policy with its owner and departments
	 */
	public Policy get(Long id, CurrentUser reader) {
		Policy policy = this.policies.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Policy", id));
		if (!canSeeDrafts(reader) && versions(id, reader).isEmpty()) {
			throw new NotFoundException("Policy", id);
		}
		return policy;
	}

	/**
	 * The versions of a policy a reader may see, newest first.
	 * @param policyId the policy's id
	 * @param reader who reads
	 * @return the versions (staff: published and retired ones only)
	 */
	public List<PolicyVersion> versions(Long policyId, CurrentUser reader) {
		boolean all = canSeeDrafts(reader);
		return this.versions.findByPolicyIdOrderByNumberDesc(policyId)
			.stream()
			.filter((version) -> all || version.getState().isPublic())
			.toList();
	}

	/**
	 * A page of the versions of a policy a reader may see (staff: published and retired
	 * ones; a policy never published is a 404 for them).
	 * @param policyId the policy's id
	 * @param reader who reads
	 * @param pageable the page and sort
	 * @return the versions
	 */
	public Page<PolicyVersion> versions(Long policyId, CurrentUser reader, Pageable pageable) {
		get(policyId, reader);
		Set<VersionState> states = canSeeDrafts(reader) ? EnumSet.allOf(VersionState.class)
				: EnumSet.of(VersionState.PUBLISHED, VersionState.RETIRED);
		return Paging.within(pageable, (reachable) -> this.versions.findByPolicyIdAndStateIn(policyId,
				ArrayFunctions.names(states), reachable));
	}

	/**
	 * One version; staff get a 404 for a draft or a version in review.
	 * @param policyId the policy's id
	 * @param versionId the version's id
	 * @param reader who reads
	 * @return the version
	 */
	public PolicyVersion version(Long policyId, Long versionId, CurrentUser reader) {
		PolicyVersion version = this.versions.findInPolicy(policyId, versionId)
			.orElseThrow(() -> new NotFoundException("PolicyVersion", versionId));
		if (!canSeeDrafts(reader) && !version.getState().isPublic()) {
			throw new NotFoundException("PolicyVersion", versionId);
		}
		return version;
	}

	/**
	 * The published versions of every policy, by title: for other features (activities
	 * citing a policy, trainings about one).
	 * @return the current versions, each with its policy
	 */
	public List<PolicyVersion> findPublishedVersions() {
		return this.versions.findPublished();
	}

	/**
	 * The policies that have a published version as a drop-down offers them: the first
	 * {@link Choices#LIMIT} by title, id and title alone.
	 * @return the choices
	 */
	public Page<Choice> publishedChoices() {
		return this.policies.findPublishedChoices(Choices.first("title"));
	}

	/**
	 * The policies that have a published version, by title.
	 * @return the policies
	 */
	public List<Policy> findPublished() {
		return findPublishedVersions().stream().map(PolicyVersion::getPolicy).toList();
	}

	/**
	 * Policies whose review date has come, the longest due first.
	 * @param limit how many at most
	 * @return the policies due for review
	 */
	public List<Policy> dueForReview(int limit) {
		return this.policies.findByNextReviewOnLessThanEqualOrderByNextReviewOn(today(), Limit.of(limit));
	}

	/**
	 * Whether a policy's review date has come.
	 * @param policy the policy
	 * @return true when due for review
	 */
	public boolean isDueForReview(Policy policy) {
		return policy.isDueForReview(today());
	}

	/**
	 * Opens a new draft, starting from the text of the latest version. When a draft or a
	 * version in review exists already, that one is returned instead: a policy has one
	 * open version at a time. Other features use this too (an incident follow-up of type
	 * "policy change").
	 * @param policyId the policy's id
	 * @param summary what the new version is to change (may be blank)
	 * @param actor the lead
	 * @return the open version
	 */
	@Transactional
	public PolicyVersion startNewDraft(Long policyId, String summary, CurrentUser actor) {
		requireLead(actor);
		Policy policy = get(policyId, actor);
		List<PolicyVersion> existing = this.versions.findByPolicyIdOrderByNumberDesc(policyId);
		return existing.stream().filter(PolicyVersion::isEditable).findFirst().orElseGet(() -> {
			String body = existing.isEmpty() ? "" : existing.get(0).getBody();
			String text = (summary == null || summary.isBlank()) ? "" : summary.trim();
			return this.versions.save(new PolicyVersion(policy, this.versions.maxNumber(policyId) + 1, body, text));
		});
	}

	/**
	 * Records a requested change in the policy's open version (opening a draft when none
	 * is open): the request and where it comes from are added to the draft's change
	 * summary, so a second request never silently reuses the draft. Other features call
	 * it (an incident follow-up of type "policy change").
	 * @param policyId the policy's id
	 * @param request what to change
	 * @param source where the request comes from ("Incident #12: ...")
	 * @param actor the lead
	 * @return the open version, with the request in its change summary
	 */
	@Transactional
	public PolicyVersion requestChange(Long policyId, String request, String source, CurrentUser actor) {
		PolicyVersion draft = startNewDraft(policyId, "", actor);
		String line = "- " + request.strip() + " (" + source + ")";
		String summary = (draft.getChangeSummary() == null || draft.getChangeSummary().isBlank()) ? line
				: draft.getChangeSummary().strip() + "\n" + line;
		if (draft.getChangeSummary() == null || !draft.getChangeSummary().contains(line)) {
			draft.revise(draft.getBody(), summary);
		}
		return this.versions.saveAndFlush(draft);
	}

	/**
	 * The line differences between two versions the reader may see.
	 * @param policyId the policy's id
	 * @param fromId the older version
	 * @param toId the newer version
	 * @param reader who reads (staff: a draft gives 404)
	 * @return the diff
	 */
	public VersionDiff diff(Long policyId, Long fromId, Long toId, CurrentUser reader) {
		return VersionDiff.between(version(policyId, fromId, reader), version(policyId, toId, reader));
	}

	boolean canSeeDrafts(CurrentUser reader) {
		return reader.isLead() || reader.isManager();
	}

	static void requireLead(CurrentUser actor) {
		if (!actor.isLead()) {
			throw new org.springframework.security.access.AccessDeniedException("Only the lead edits policies");
		}
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
