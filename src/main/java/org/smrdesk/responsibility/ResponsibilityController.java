package org.smrdesk.responsibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.CsvExport;
import org.smrdesk.core.IncidentKind;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.core.pagecache.CachedPage;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The responsibility matrix: everyone reads (and prints) it, the lead edits it.
 */
@Controller
@RequestMapping("/responsibilities")
@PreAuthorize("isAuthenticated()")
class ResponsibilityController {

	private static final String FORM = "responsibilities/form";

	private final ResponsibilityService responsibilities;

	private final DepartmentService departments;

	ResponsibilityController(ResponsibilityService responsibilities, DepartmentService departments) {
		this.responsibilities = responsibilities;
		this.departments = departments;
	}

	@CachedPage
	@GetMapping
	String matrix(Model model) {
		model.addAttribute("matrix", this.responsibilities.matrix());
		return "responsibilities/matrix";
	}

	@CachedPage
	@GetMapping("/print")
	String print(Model model) {
		model.addAttribute("matrix", this.responsibilities.matrix());
		return "responsibilities/print";
	}

	@CachedPage
	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> export() {
		ResponsibilityService.Matrix matrix = this.responsibilities.matrix();
		List<String> header = new ArrayList<>(List.of("responsibility", "incident kind"));
		matrix.departments().forEach((d) -> header.add(d.getName()));
		List<List<Object>> rows = new ArrayList<>();
		for (Responsibility r : matrix.responsibilities()) {
			List<Object> row = new ArrayList<>();
			row.add(r.getName());
			row.add((r.getIncidentKind() != null) ? r.getIncidentKind().name().toLowerCase(Locale.ROOT) : "");
			for (Department d : matrix.departments()) {
				Raci cell = matrix.cell(r.getId(), d.getId());
				row.add((cell != null) ? cell : "");
			}
			rows.add(row);
		}
		return CsvExport.of("responsibilities.csv", header, rows);
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new ResponsibilityForm());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") ResponsibilityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> form(model), () -> {
			this.responsibilities.create(form);
			return Forms.done(redirect, "responsibility.created", "/responsibilities");
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", this.responsibilities.form(id));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") ResponsibilityForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.responsibilities.get(id);
		return Forms.submit(result, () -> form(model), () -> {
			this.responsibilities.update(id, form);
			return Forms.done(redirect, "responsibility.updated", "/responsibilities");
		});
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('LEAD')")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.responsibilities.delete(id);
		redirect.addFlashAttribute("message", "responsibility.deleted");
		return "redirect:/responsibilities";
	}

	private String form(Model model) {
		model.addAttribute("departments", this.departments.all());
		model.addAttribute("roles", Raci.values());
		model.addAttribute("incidentKinds", IncidentKind.values());
		return FORM;
	}

}
