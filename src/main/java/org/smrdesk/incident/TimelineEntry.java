package org.smrdesk.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;

/**
 * One entry of an incident's timeline. Append-only: it has no setters, Hibernate treats
 * it as immutable, and a database trigger refuses any UPDATE or DELETE. A correction is a
 * new entry that refers to the one it corrects. Its recording time and actor are its
 * audit trail, so it is not an {@code AuditableEntity}.
 */
@Entity
@Immutable
@Table(name = "incident_timeline_entries")
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TimelineEntryType type;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "actor_id")
	private User actor;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "department_id")
	private Department department;

	@Enumerated(EnumType.STRING)
	private OutsideParty party;

	@Column(nullable = false)
	private boolean external;

	private String channel;

	private String link;

	@Column(nullable = false)
	private String body;

	@Embedded
	private TimelineChange change;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "corrects_entry_id")
	private TimelineEntry corrects;

	@Column(name = "public_reply", nullable = false)
	private boolean publicReply;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "named_party_id")
	private NamedParty namedParty;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "acted_by_party_id")
	private NamedParty actedByParty;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "acted_by_user_id")
	private User actedByUser;

	protected TimelineEntry() {
	}

	private TimelineEntry(Incident incident, TimelineEntryType type, Instant occurredAt, Instant recordedAt, User actor,
			String body) {
		this.incident = incident;
		this.type = type;
		this.occurredAt = occurredAt;
		this.recordedAt = recordedAt;
		this.actor = actor;
		this.actorName = (actor != null) ? actor.getDisplayName() : "SMR Desk";
		this.body = body;
	}

	static TimelineEntry statusChange(Incident incident, IncidentStatus from, IncidentStatus to, Instant occurredAt,
			Instant now, User actor, String note) {
		TimelineEntry entry = new TimelineEntry(incident, TimelineEntryType.STATUS_CHANGE, occurredAt, now, actor,
				(note != null) ? note : "");
		entry.change = TimelineChange.ofStatus(from, to);
		return entry;
	}

	static TimelineEntry severityChange(Incident incident, Severity from, Severity to, Instant occurredAt, Instant now,
			User actor) {
		TimelineEntry entry = new TimelineEntry(incident, TimelineEntryType.SEVERITY_CHANGE, occurredAt, now, actor,
				"");
		entry.change = TimelineChange.ofSeverity(from, to);
		return entry;
	}

	/**
	 * An entry typed by a person.
	 * @param incident the incident
	 * @param type a manual type
	 * @param occurredAt when it happened (may be in the past)
	 * @param recordedAt now
	 * @param actor who records it
	 * @param body what happened
	 * @return the entry, to be given its group, link, channel or corrected entry
	 */
	static TimelineEntry manual(Incident incident, TimelineEntryType type, Instant occurredAt, Instant recordedAt,
			User actor, String body) {
		return new TimelineEntry(incident, type, occurredAt, recordedAt, actor, body);
	}

	TimelineEntry by(Department department, OutsideParty party, boolean external) {
		this.department = department;
		this.party = party;
		this.external = external || party != null;
		return this;
	}

	/**
	 * Names the group as one of the incident's named outside parties.
	 * @param named the party
	 * @return this entry
	 */
	TimelineEntry by(NamedParty named) {
		this.namedParty = named;
		this.department = null;
		this.party = named.getKind();
		this.external = true;
		return this;
	}

	/**
	 * Who acted, when it was not the person who records the entry: a named outside party
	 * or a colleague (at most one of them).
	 * @param party the party, or null
	 * @param colleague the colleague, or null
	 * @return this entry
	 */
	TimelineEntry actedBy(NamedParty party, User colleague) {
		this.actedByParty = party;
		this.actedByUser = colleague;
		return this;
	}

	TimelineEntry with(String channel, String link) {
		this.channel = channel;
		this.link = link;
		return this;
	}

	/**
	 * Marks an engagement as made in public or directly to the people concerned: the
	 * company speaking to the outside, which counts as a response.
	 * @param publicReply whether it was
	 * @return this entry
	 */
	TimelineEntry inPublic(boolean publicReply) {
		this.publicReply = publicReply && this.type == TimelineEntryType.ENGAGEMENT;
		if (this.publicReply) {
			this.external = true;
		}
		return this;
	}

	TimelineEntry correcting(TimelineEntry earlier) {
		this.corrects = earlier;
		return this;
	}

	public Long getId() {
		return this.id;
	}

	public Incident getIncident() {
		return this.incident;
	}

	public TimelineEntryType getType() {
		return this.type;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public User getActor() {
		return this.actor;
	}

	public String getActorName() {
		return this.actorName;
	}

	public Department getDepartment() {
		return this.department;
	}

	public OutsideParty getParty() {
		return this.party;
	}

	public boolean isExternal() {
		return this.external;
	}

	public String getChannel() {
		return this.channel;
	}

	public String getLink() {
		return this.link;
	}

	public String getBody() {
		return this.body;
	}

	public TimelineChange getChange() {
		return (this.change != null) ? this.change : TimelineChange.NONE;
	}

	public TimelineEntry getCorrects() {
		return this.corrects;
	}

	public boolean isPublicReply() {
		return this.publicReply;
	}

	public NamedParty getNamedParty() {
		return this.namedParty;
	}

	public NamedParty getActedByParty() {
		return this.actedByParty;
	}

	public User getActedByUser() {
		return this.actedByUser;
	}

	/**
	 * Who acted when it was not the person who recorded the entry.
	 * @return the party's or colleague's name, or null when the recorder acted
	 */
	public String getActedByName() {
		if (this.actedByParty != null) {
			return this.actedByParty.getName();
		}
		return (this.actedByUser != null) ? this.actedByUser.getDisplayName() : null;
	}

	/**
	 * Whether the company speaks to the outside in this entry: a published response, or
	 * an engagement in public or directly to the people concerned. The first such entry
	 * is the first response.
	 * @return true when it counts as a response
	 */
	public boolean isSpeaksOutside() {
		return this.type.speaksOutside(this.publicReply);
	}

}
