package org.smrdesk.incident;

import java.util.List;

import jakarta.validation.Valid;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead names the outside parties of an incident: by hand (an NGO, the police, a
 * court...) or from the directory with a type-ahead over contacts and vendors.
 */
@Controller
@PreAuthorize("hasRole('LEAD')")
class NamedPartyController {

	static final String FORM = "incidents/party";

	private final IncidentService incidents;

	private final NamedPartyService parties;

	NamedPartyController(IncidentService incidents, NamedPartyService parties) {
		this.incidents = incidents;
		this.parties = parties;
	}

	@CachedPage
	@GetMapping("/incidents/{id}/parties/new")
	String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("partyForm", new NamedPartyForm());
		return form(id, user, model);
	}

	@PostMapping("/incidents/{id}/parties")
	String processCreationForm(@PathVariable Long id, @Valid @ModelAttribute("partyForm") NamedPartyForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.parties.add(id, form, user);
				redirect.addFlashAttribute("message", "incident.party.added");
				return "redirect:/incidents/" + id;
			}
			catch (FieldException ex) {
				result.rejectValue(ex.getField(), ex.getCode());
			}
		}
		return form(id, user, model);
	}

	private String form(Long id, CurrentUser user, Model model) {
		Incident incident = this.incidents.get(id, user);
		model.addAttribute("incident", incident);
		model.addAttribute("kinds", OutsideParty.values());
		model.addAttribute("namedParties", this.parties.parties(incident));
		return FORM;
	}

	@GetMapping("/incidents/parties/lookup")
	@ResponseBody
	List<NamedPartyService.Choice> lookup(@RequestParam(defaultValue = "") String q,
			@AuthenticationPrincipal CurrentUser user) {
		return this.parties.lookup(q, user);
	}

}
