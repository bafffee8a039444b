package org.smrdesk.incident;

import java.net.URI;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smrdesk.core.ApiPage;
import org.smrdesk.core.ApiVersions;
import org.smrdesk.core.CurrentUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An incident's named outside parties, with the incident page's rules (the service's):
 * whoever may read the incident sees them; the lead names one, by name or as a contact or
 * vendor of the directory, never the same twice. The page offers no removal, nor does the
 * API.
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}/parties")
@PreAuthorize("isAuthenticated()")
class NamedPartyApiController {

	private final IncidentService incidents;

	private final NamedPartyService parties;

	NamedPartyApiController(IncidentService incidents, NamedPartyService parties) {
		this.incidents = incidents;
		this.parties = parties;
	}

	/**
	 * The incident's named parties, by kind and name.
	 * @param id the incident
	 * @param pageable the page
	 * @param user who may read the incident
	 * @return the page
	 */
	@GetMapping
	ApiPage<PartyJson> list(@PathVariable Long id, @PageableDefault(size = 50) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user) {
		return ApiPage.of(this.parties.parties(this.incidents.get(id, user)), pageable).map(PartyJson::of);
	}

	/**
	 * Names an outside party of the incident (the lead).
	 * @param id the incident
	 * @param request the kind, and a name or a directory entry
	 * @param user the lead
	 * @return the party
	 */
	@PostMapping
	@PreAuthorize("hasRole('LEAD')")
	ResponseEntity<PartyJson> add(@PathVariable Long id, @Valid @RequestBody PartyRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		NamedPartyForm form = new NamedPartyForm();
		form.setKind(request.kind());
		form.setName(request.name());
		form.setDirectory(request.directory());
		NamedParty party = this.parties.add(id, form, user);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/parties#party-" + party.getId()))
			.eTag(ApiVersions.etag(party.getVersion()))
			.body(PartyJson.of(party));
	}

	/**
	 * A named party.
	 *
	 * @param id its id
	 * @param kind what sort of party
	 * @param name its name
	 * @param contactId the directory contact it is, or null
	 * @param vendorId the directory vendor it is, or null
	 */
	record PartyJson(Long id, OutsideParty kind, String name, Long contactId, Long vendorId) {

		static PartyJson of(NamedParty party) {
			return new PartyJson(party.getId(), party.getKind(), party.getName(),
					(party.getContact() != null) ? party.getContact().getId() : null,
					(party.getVendor() != null) ? party.getVendor().getId() : null);
		}

	}

	/**
	 * An outside party to name: a name, or a directory entry (whose name is used).
	 *
	 * @param kind what sort of party
	 * @param name its name (up to 200 characters), when no directory entry is given
	 * @param directory a contact {@code c<id>} or vendor {@code v<id>} of the directory
	 */
	@Schema(example = """
			{"kind": "PRESS", "name": "Daily Courier"}""")
	record PartyRequest(@NotNull OutsideParty kind, @Size(max = 200) String name, @Size(max = 30) String directory) {
	}

}
