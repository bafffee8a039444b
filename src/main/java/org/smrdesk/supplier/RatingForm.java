package org.smrdesk.supplier;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A rating the lead gives a vendor.
 */
public class RatingForm {

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate ratedOn;

	@NotNull
	@Min(1)
	@Max(5)
	private Integer score;

	@Size(max = 2000)
	private String comment;

	public LocalDate getRatedOn() {
		return this.ratedOn;
	}

	public void setRatedOn(LocalDate ratedOn) {
		this.ratedOn = ratedOn;
	}

	public Integer getScore() {
		return this.score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
