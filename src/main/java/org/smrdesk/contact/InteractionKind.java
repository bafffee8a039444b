package org.smrdesk.contact;

/**
 * What happened between the company and a contact. Outreach is the company reaching out,
 * which a "do not contact" person must not receive.
 */
public enum InteractionKind {

	PITCH(true), EMAIL(true), CALL(true), MEETING(true), COMMENT(false), EVENT(true), BRIEFING(true);

	private final boolean outreach;

	InteractionKind(boolean outreach) {
		this.outreach = outreach;
	}

	public boolean isOutreach() {
		return this.outreach;
	}

}
