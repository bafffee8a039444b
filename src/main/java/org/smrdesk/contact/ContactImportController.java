package org.smrdesk.contact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.smrdesk.core.RuleException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV import of contacts for the lead: upload, a preview with every problem by line, then
 * all rows or none.
 */
@Controller
@RequestMapping("/contacts/import")
@PreAuthorize("hasRole('LEAD')")
class ContactImportController {

	private static final String IMPORT = "contacts/import";

	private final ContactImportService contacts;

	ContactImportController(ContactImportService contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	String initImportForm(Model model) {
		model.addAttribute("columns", ContactImportService.IMPORT_COLUMNS);
		return IMPORT;
	}

	@PostMapping
	String processImportForm(@RequestParam(required = false) MultipartFile file, Model model) {
		model.addAttribute("columns", ContactImportService.IMPORT_COLUMNS);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "contact.import.noFile");
			return IMPORT;
		}
		try {
			String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
			model.addAttribute("preview", this.contacts.preview(csv));
			model.addAttribute("csv", csv);
		}
		catch (IOException ex) {
			model.addAttribute("fileError", "csv.invalid");
		}
		catch (RuleException ex) {
			model.addAttribute("fileError", ex.getCode());
			model.addAttribute("fileErrorArgs", ex.getArguments());
		}
		return IMPORT;
	}

	@PostMapping("/confirm")
	String confirmImport(@RequestParam(defaultValue = "") String csv, Model model, RedirectAttributes redirect) {
		try {
			int count = this.contacts.importContacts(csv);
			redirect.addFlashAttribute("message", (count == 1) ? "contact.import.doneOne" : "contact.import.done");
			return "redirect:/contacts";
		}
		catch (RuleException ex) {
			model.addAttribute("columns", ContactImportService.IMPORT_COLUMNS);
			if ("contact.import.hasErrors".equals(ex.getCode())) {
				model.addAttribute("preview", this.contacts.preview(csv));
				model.addAttribute("csv", csv);
			}
			else {
				model.addAttribute("fileError", ex.getCode());
				model.addAttribute("fileErrorArgs", ex.getArguments());
			}
			return IMPORT;
		}
	}

}
