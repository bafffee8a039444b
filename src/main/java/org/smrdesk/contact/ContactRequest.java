package org.smrdesk.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact as the API creates or changes it (the lead): the page form's fields without
 * its id, version (from {@code If-Match}) or "save anyway" (a query parameter).
 *
 * @param kind blogger, journalist, ... (default blogger)
 * @param name the name
 * @param outlet where they publish
 * @param links links, one a line
 * @param handles social handles
 * @param email an e-mail address
 * @param topics what they write about
 * @param ownerId the colleague who owns the relationship
 * @param state where the relationship stands (default prospect)
 * @param notes notes
 * @param lawfulBasis why the company may keep the record
 * @param shared whether every colleague sees it
 */
@Schema(example = """
		{"kind": "JOURNALIST", "name": "Robin Example", "outlet": "Example Tech Weekly",
		 "email": "robin@example.com", "topics": "privacy, security", "state": "ENGAGED", "shared": true}""")
record ContactRequest(ContactKind kind, @NotBlank @Size(max = 200) String name, @Size(max = 200) String outlet,
		@Size(max = 2000) String links, @Size(max = 500) String handles, @Email @Size(max = 254) String email,
		@Size(max = 500) String topics, Long ownerId, RelationshipState state, @Size(max = 5000) String notes,
		@Size(max = 1000) String lawfulBasis, Boolean shared) {

	ContactForm toForm(Long version, boolean saveAnyway) {
		ContactForm form = new ContactForm();
		form.setVersion(version);
		if (this.kind != null) {
			form.setKind(this.kind);
		}
		form.setName(this.name);
		form.setOutlet(this.outlet);
		form.setLinks(this.links);
		form.setHandles(this.handles);
		form.setEmail(this.email);
		form.setTopics(this.topics);
		form.setOwnerId(this.ownerId);
		if (this.state != null) {
			form.setState(this.state);
		}
		form.setNotes(this.notes);
		form.setLawfulBasis(this.lawfulBasis);
		form.setShared(Boolean.TRUE.equals(this.shared));
		form.setSaveAnyway(saveAnyway);
		return form;
	}

}
