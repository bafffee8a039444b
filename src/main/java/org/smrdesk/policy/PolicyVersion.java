package org.smrdesk.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.User;

/**
 * One text of a policy. Drafts and versions in review may be revised; once published a
 * version never changes (there are no setters): a change is a new version, and publishing
 * it retires this one.
 */
@Entity
@Table(name = "policy_versions")
public class PolicyVersion extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "policy_id")
	private Policy policy;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String body;

	@Column(name = "change_summary", nullable = false)
	private String changeSummary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VersionState state = VersionState.DRAFT;

	@Column(name = "published_at")
	private Instant publishedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "published_by_id")
	private User publishedBy;

	protected PolicyVersion() {
	}

	/**
	 * A new draft.
	 * @param policy the policy
	 * @param number the version number (1 for the first)
	 * @param body the Markdown text
	 * @param changeSummary what changed, in a line
	 */
	public PolicyVersion(Policy policy, int number, String body, String changeSummary) {
		this.policy = policy;
		this.number = number;
		this.body = body;
		this.changeSummary = changeSummary;
	}

	public Policy getPolicy() {
		return this.policy;
	}

	public int getNumber() {
		return this.number;
	}

	public String getBody() {
		return this.body;
	}

	public String getChangeSummary() {
		return this.changeSummary;
	}

	public VersionState getState() {
		return this.state;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public User getPublishedBy() {
		return this.publishedBy;
	}

	public boolean isEditable() {
		return this.state.isOpen();
	}

	/**
	 * Changes the text of a draft or a version in review.
	 * @param newBody the Markdown text
	 * @param newSummary what changed
	 * @throws RuleException when the version was published or retired
	 */
	void revise(String newBody, String newSummary) {
		if (!isEditable()) {
			throw new RuleException("policy.version.immutable");
		}
		this.body = newBody;
		this.changeSummary = newSummary;
	}

	/**
	 * Hands a draft to review.
	 */
	void submitForReview() {
		require(VersionState.DRAFT, "policy.version.notDraft");
		this.state = VersionState.IN_REVIEW;
	}

	/**
	 * Sends a version in review back to its author as a draft.
	 */
	void returnToDraft() {
		require(VersionState.IN_REVIEW, "policy.version.notInReview");
		this.state = VersionState.DRAFT;
	}

	/**
	 * Publishes a reviewed version. The caller retires the previously published one.
	 * @param by who publishes
	 * @param now when
	 */
	void publish(User by, Instant now) {
		require(VersionState.IN_REVIEW, "policy.version.notInReview");
		this.state = VersionState.PUBLISHED;
		this.publishedBy = by;
		this.publishedAt = now;
	}

	/**
	 * Withdraws a published version (a newer one replaced it, or the policy is
	 * withdrawn).
	 */
	void retire() {
		require(VersionState.PUBLISHED, "policy.version.notPublished");
		this.state = VersionState.RETIRED;
	}

	private void require(VersionState expected, String code) {
		if (this.state != expected) {
			throw new RuleException(code);
		}
	}

}
