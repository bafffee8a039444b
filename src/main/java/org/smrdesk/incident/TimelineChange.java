package org.smrdesk.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a status or severity change entry of the timeline changed: the status or the
 * severity before and after. Other entries change nothing ({@link #NONE}).
 */
@Embeddable
public class TimelineChange {

	/** The change of an entry that changes neither status nor severity. */
	static final TimelineChange NONE = new TimelineChange();

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private IncidentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private IncidentStatus toStatus;

	@Column(name = "from_severity")
	private Severity fromSeverity;

	@Column(name = "to_severity")
	private Severity toSeverity;

	protected TimelineChange() {
	}

	static TimelineChange ofStatus(IncidentStatus from, IncidentStatus to) {
		TimelineChange change = new TimelineChange();
		change.fromStatus = from;
		change.toStatus = to;
		return change;
	}

	static TimelineChange ofSeverity(Severity from, Severity to) {
		TimelineChange change = new TimelineChange();
		change.fromSeverity = from;
		change.toSeverity = to;
		return change;
	}

	public IncidentStatus getFromStatus() {
		return this.fromStatus;
	}

	public IncidentStatus getToStatus() {
		return this.toStatus;
	}

	public Severity getFromSeverity() {
		return this.fromSeverity;
	}

	public Severity getToSeverity() {
		return this.toSeverity;
	}

}
