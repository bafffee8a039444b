package org.smrdesk.contact;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.smrdesk.activity.Activity;
import org.smrdesk.activity.ActivityService;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The links between contacts and activities for other tools, under the pages' rules: a
 * contact's activities for whoever may see the contact (another is 404, as its page), an
 * activity's contacts filtered by the contacts' privacy rules (a STAFF member sees only
 * shared contacts, their own and those of their department's activities), and only the
 * lead links and unlinks. A link belongs to the contact: linking changes its version, and
 * unlinking takes its {@code ETag} in {@code If-Match}.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class ContactActivityApiController {

	private final ContactService contacts;

	private final ContactActivityService contactActivities;

	private final ActivityService activities;

	ContactActivityApiController(ContactService contacts, ContactActivityService contactActivities,
			ActivityService activities) {
		this.contacts = contacts;
		this.contactActivities = contactActivities;
		this.activities = activities;
	}

	/**
	 * The activities a contact is linked to, newest first.
	 * @param id the contact (one the caller may not see is 404)
	 * @param user who asks
	 * @return the activities
	 */
	@GetMapping("/api/v1/contacts/{id}/activities")
	List<LinkedActivityJson> activities(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return this.contacts.getWithDetails(id, user).getActivities().stream().map(LinkedActivityJson::of).toList();
	}

	/**
	 * The contacts an activity reached that the caller may see, by name.
	 * @param activityId the activity
	 * @param user who asks
	 * @return the contacts
	 */
	@GetMapping("/api/v1/activities/{activityId}/contacts")
	List<LinkedContactJson> contacts(@PathVariable Long activityId, @AuthenticationPrincipal CurrentUser user) {
		this.activities.get(activityId);
		return this.contactActivities.linkedTo(activityId, user).stream().map(LinkedContactJson::of).toList();
	}

	/**
	 * Links a contact to an activity (the lead; linking twice changes nothing).
	 * @param id the contact
	 * @param request the activity
	 * @return 204 with the contact's new {@code ETag}
	 */
	@PostMapping("/api/v1/contacts/{id}/activities")
	@PreAuthorize("hasRole('LEAD')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Link a contact to an activity",
			description = "The lead only. Idempotent; an erased contact is refused (422 `contact.erased`), an "
					+ "unknown activity is 422 on `activityId`. Answers 204 with the contact's new ETag.")
	ResponseEntity<Void> link(@PathVariable Long id, @Valid @RequestBody ContactActivityLink request) {
		this.contacts.get(id);
		FieldException.whenMissing("activityId", "contact.activity.unknown",
				() -> this.contactActivities.linkActivity(id, request.activityId()));
		return ResponseEntity.noContent().eTag(ApiVersions.etag(this.contacts.get(id).getVersion())).build();
	}

	/**
	 * Unlinks a contact from an activity (the lead).
	 * @param id the contact
	 * @param activityId the activity
	 * @param ifMatch the contact's {@code ETag} last read
	 * @return 204 with the contact's new {@code ETag}
	 */
	@DeleteMapping("/api/v1/contacts/{id}/activities/{activityId}")
	@PreAuthorize("hasRole('LEAD')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> unlink(@PathVariable Long id, @PathVariable Long activityId,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch) {
		Long expected = ApiVersions.expected(ifMatch, this.contacts.get(id).getVersion());
		this.contactActivities.unlinkActivity(id, activityId, expected);
		return ResponseEntity.noContent().eTag(ApiVersions.etag(this.contacts.get(id).getVersion())).build();
	}

	/**
	 * The activity to link a contact to.
	 *
	 * @param activityId the activity
	 */
	@Schema(example = "{\"activityId\": 42}")
	record ContactActivityLink(@NotNull Long activityId) {

	}

	/**
	 * An activity a contact is linked to.
	 *
	 * @param id the activity
	 * @param title its title
	 * @param activityDate its day
	 * @param departmentId its department
	 * @param department the department's name
	 */
	record LinkedActivityJson(Long id, String title, LocalDate activityDate, Long departmentId, String department) {

		static LinkedActivityJson of(Activity a) {
			return new LinkedActivityJson(a.getId(), a.getTitle(), a.getActivityDate(),
					(a.getDepartment() != null) ? a.getDepartment().getId() : null,
					(a.getDepartment() != null) ? a.getDepartment().getName() : null);
		}

	}

	/**
	 * A contact an activity reached (its details at {@code /api/v1/contacts/{id}}).
	 *
	 * @param id the contact
	 * @param kind its kind
	 * @param name its name
	 * @param outlet its outlet
	 */
	record LinkedContactJson(Long id, ContactKind kind, String name, String outlet) {

		static LinkedContactJson of(Contact c) {
			return new LinkedContactJson(c.getId(), c.getKind(), c.getName(), c.getOutlet());
		}

	}

}
