package org.smrdesk.supplier;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smrdesk.core.AuditableEntity;

/**
 * A periodic rating of a vendor's performance, 1 to 5, with a comment.
 */
@Entity
@Table(name = "vendor_ratings")
public class VendorRating extends AuditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "vendor_id")
	private Vendor vendor;

	@Column(name = "rated_on", nullable = false)
	private LocalDate ratedOn;

	@Column(nullable = false)
	private int score;

	private String comment;

	protected VendorRating() {
	}

	VendorRating(Vendor vendor, LocalDate ratedOn, int score, String comment) {
		this.vendor = vendor;
		this.ratedOn = ratedOn;
		this.score = score;
		this.comment = comment;
	}

	public Vendor getVendor() {
		return this.vendor;
	}

	public LocalDate getRatedOn() {
		return this.ratedOn;
	}

	public int getScore() {
		return this.score;
	}

	public String getComment() {
		return this.comment;
	}

}
