package org.smrdesk.monitoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smrdesk.core.AcceptsUnknownFields;
import org.smrdesk.core.ApiCursor;
import org.smrdesk.core.ApiPage;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.SortableBy;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mentions as JSON: the inbox with the page's filters, triage, and the push endpoint a
 * paid monitoring vendor's webhook posts to (dedup applies: a known story only adds a
 * sighting).
 */
@RestController
@RequestMapping("/api/v1/mentions")
@PreAuthorize("isAuthenticated()")
class MentionApiController {

	/** The list's name in its cursors. */
	private static final String LIST = "mentions";

	private final MentionService mentions;

	private final PushService push;

	MentionApiController(MentionService mentions, PushService push) {
		this.mentions = mentions;
		this.push = push;
	}

	@CachedPage
	@GetMapping
	ApiPage<MentionRow> list(MentionFilter filter,
			@RequestParam(name = ApiCursor.PARAMETER, required = false) String cursor,
			@SortableBy({ "fetchedAt", "publishedAt", "title", "author", "state", "source" }) @PageableDefault(
					size = 25, sort = "fetchedAt", direction = Sort.Direction.DESC) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		if (cursor != null) {
			return ApiPage.walk(LIST, cursor, pageable,
					(after, limit) -> this.mentions.walk(filter, user, after, limit), MentionRow::id);
		}
		return ApiPage.of(this.mentions.search(filter, user, pageable));
	}

	@CachedPage
	@GetMapping("/{id}")
	ResponseEntity<MentionRow> show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		MentionRow mention = this.mentions.get(id, user);
		return ApiVersions.tagged(mention, mention.version());
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('LEAD','STAFF')")
	ResponseEntity<MentionRow> triage(@PathVariable Long id,
			@RequestHeader(name = ApiVersions.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody TriageRequest request, @AuthenticationPrincipal CurrentUser user) {
		Long version = ApiVersions.expected(ifMatch, this.mentions.get(id, user).version());
		this.mentions.triage(id, request.state(), request.assigneeId(), Boolean.TRUE.equals(request.unassign()),
				version, user);
		return show(id, user);
	}

	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<PushService.Pushed> push(@AcceptsUnknownFields @Valid @RequestBody PushRequest request) {
		PushService.Pushed result = this.push.push(request);
		return ResponseEntity.status(result.created() ? 201 : 200)
			.location(URI.create("/api/v1/mentions/" + result.id()))
			.body(result);
	}

	/**
	 * A triage change.
	 *
	 * @param state the new state (not ESCALATED: escalation goes through an incident)
	 * @param assigneeId the new assignee
	 * @param unassign true to clear the assignee
	 */
	record TriageRequest(MentionState state, Long assigneeId, Boolean unassign) {
	}

	/**
	 * A mention pushed by a vendor.
	 *
	 * @param sourceId a source of kind PUSH
	 * @param guid the vendor's id for the item
	 * @param url the link
	 * @param title the title
	 * @param text the text (HTML is reduced to plain text)
	 * @param author the author
	 * @param authorUrl the author's profile
	 * @param publishedAt when it was published
	 */
	record PushRequest(@NotNull Long sourceId, @Size(max = 1000) String guid, @Size(max = 2000) String url,
			@Size(max = 1000) String title, @NotBlank @Size(max = 100_000) String text, @Size(max = 300) String author,
			@Size(max = 2000) String authorUrl, Instant publishedAt) {
	}

}
