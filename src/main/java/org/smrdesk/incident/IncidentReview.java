package org.smrdesk.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.core.RuleException;
import org.smrdesk.user.User;

/**
 * The post-incident review of a resolved incident: what happened, what went well, what to
 * change, and the follow-up actions. A manager's sign-off freezes it.
 */
@Entity
@Table(name = "incident_reviews")
public class IncidentReview extends AuditableEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@Column(name = "what_happened")
	private String whatHappened;

	@Column(name = "went_well")
	private String wentWell;

	@Column(name = "to_change")
	private String toChange;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "signed_off_by_id")
	private User signedOffBy;

	@Column(name = "signed_off_at")
	private Instant signedOffAt;

	@OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dueOn, id")
	private List<FollowUp> followUps = new ArrayList<>();

	@OneToMany(mappedBy = "review")
	@OrderBy("createdAt, id")
	private List<ReviewComment> comments = new ArrayList<>();

	protected IncidentReview() {
	}

	/**
	 * A manager's comment, beside the lead's text; refused once signed off.
	 * @param author who comments
	 * @param body the comment
	 * @param now when
	 * @return the comment
	 */
	ReviewComment comment(User author, String body, Instant now) {
		checkOpen();
		ReviewComment comment = new ReviewComment(this, author, body, now);
		this.comments.add(comment);
		return comment;
	}

	public List<ReviewComment> getComments() {
		return this.comments;
	}

	IncidentReview(Incident incident) {
		this.incident = incident;
	}

	void write(String whatHappened, String wentWell, String toChange) {
		checkOpen();
		this.whatHappened = whatHappened;
		this.wentWell = wentWell;
		this.toChange = toChange;
	}

	FollowUp addFollowUp(FollowUpType type, String description, User owner, java.time.LocalDate dueOn) {
		checkOpen();
		FollowUp followUp = new FollowUp(this, type, description, owner, dueOn);
		this.followUps.add(followUp);
		return followUp;
	}

	void signOff(User manager, Instant now) {
		checkOpen();
		if (isBlank(this.whatHappened) || isBlank(this.wentWell) || isBlank(this.toChange)) {
			throw new RuleException("incident.review.incomplete");
		}
		this.signedOffBy = manager;
		this.signedOffAt = now;
	}

	private void checkOpen() {
		if (isSignedOff()) {
			throw new RuleException("incident.review.signedOff");
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public boolean isSignedOff() {
		return this.signedOffAt != null;
	}

	public Incident getIncident() {
		return this.incident;
	}

	public String getWhatHappened() {
		return this.whatHappened;
	}

	public String getWentWell() {
		return this.wentWell;
	}

	public String getToChange() {
		return this.toChange;
	}

	public User getSignedOffBy() {
		return this.signedOffBy;
	}

	public Instant getSignedOffAt() {
		return this.signedOffAt;
	}

	public List<FollowUp> getFollowUps() {
		return this.followUps;
	}

}
