package org.smrdesk.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A timeline entry typed by a person. The group is a key: {@code d<id>} for a department,
 * {@code p<PARTY>} for an outside party.
 */
public class TimelineEntryForm {

	@NotNull
	private TimelineEntryType type;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime occurredAt;

	@NotBlank
	@Size(max = 5000)
	private String body;

	private String group;

	private boolean external;

	@Size(max = 100)
	private String channel;

	@Size(max = 1000)
	@Pattern(regexp = "^$|^https?://\\S+$")
	private String link;

	private Long correctsEntryId;

	private boolean publicReply;

	private String actedByParty;

	private Long actedByUser;

	@Size(max = 200)
	private String actedByUserName;

	public TimelineEntryForm() {
	}

	TimelineEntryForm(TimelineEntryType type, LocalDateTime now) {
		this.type = type;
		this.occurredAt = now;
	}

	public TimelineEntryType getType() {
		return this.type;
	}

	public void setType(TimelineEntryType type) {
		this.type = type;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public boolean isExternal() {
		return this.external;
	}

	public void setExternal(boolean external) {
		this.external = external;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	/**
	 * Whether an engagement was made in public or directly to the people concerned (it
	 * then counts as a response).
	 * @return true when it was
	 */
	public boolean isPublicReply() {
		return this.publicReply;
	}

	public void setPublicReply(boolean publicReply) {
		this.publicReply = publicReply;
	}

	public Long getCorrectsEntryId() {
		return this.correctsEntryId;
	}

	public void setCorrectsEntryId(Long correctsEntryId) {
		this.correctsEntryId = correctsEntryId;
	}

	/**
	 * Who acted, when a named outside party did: its key {@code n<id>}.
	 * @return the key, or null
	 */
	public String getActedByParty() {
		return this.actedByParty;
	}

	public void setActedByParty(String actedByParty) {
		this.actedByParty = actedByParty;
	}

	/**
	 * Who acted, when a colleague did (chosen with the type-ahead).
	 * @return the colleague's id, or null
	 */
	public Long getActedByUser() {
		return this.actedByUser;
	}

	public void setActedByUser(Long actedByUser) {
		this.actedByUser = actedByUser;
	}

	public String getActedByUserName() {
		return this.actedByUserName;
	}

	public void setActedByUserName(String actedByUserName) {
		this.actedByUserName = actedByUserName;
	}

}
