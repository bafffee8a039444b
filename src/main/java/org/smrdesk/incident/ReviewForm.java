package org.smrdesk.incident;

import jakarta.validation.constraints.Size;

/**
 * The post-incident review's text.
 */
public class ReviewForm {

	private Long version;

	@Size(max = 10000)
	private String whatHappened;

	@Size(max = 10000)
	private String wentWell;

	@Size(max = 10000)
	private String toChange;

	public ReviewForm() {
	}

	ReviewForm(IncidentReview review) {
		this.version = review.getVersion();
		this.whatHappened = review.getWhatHappened();
		this.wentWell = review.getWentWell();
		this.toChange = review.getToChange();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getWhatHappened() {
		return this.whatHappened;
	}

	public void setWhatHappened(String whatHappened) {
		this.whatHappened = whatHappened;
	}

	public String getWentWell() {
		return this.wentWell;
	}

	public void setWentWell(String wentWell) {
		this.wentWell = wentWell;
	}

	public String getToChange() {
		return this.toChange;
	}

	public void setToChange(String toChange) {
		this.toChange = toChange;
	}

}
