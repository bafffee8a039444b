package org.smrdesk.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A manager's comment on a post-incident review.
 */
public class ReviewCommentForm {

	@NotBlank
	@Size(max = 5000)
	private String body;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
