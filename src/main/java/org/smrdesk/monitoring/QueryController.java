package org.smrdesk.monitoring;

import jakarta.validation.Valid;

import org.smrdesk.core.Forms;
import org.smrdesk.core.pagecache.CachedPage;
import org.smrdesk.user.DepartmentService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keyword queries: the list, the lead's form with its "test this query" button over the
 * latest mentions, and syntax errors beside the field with their position.
 */
@Controller
@RequestMapping("/monitoring/queries")
@PreAuthorize("hasAnyRole('LEAD','MANAGER')")
class QueryController {

	private static final String FORM = "monitoring/query-form";

	static final int TEST_OVER = 500;

	private final MonitoringService monitoring;

	private final QueryTester tester;

	private final DepartmentService departments;

	private final MessageSource messages;

	QueryController(MonitoringService monitoring, QueryTester tester, DepartmentService departments,
			MessageSource messages) {
		this.monitoring = monitoring;
		this.tester = tester;
		this.departments = departments;
		this.messages = messages;
	}

	@ModelAttribute("kinds")
	QueryKind[] kinds() {
		return QueryKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("queries", this.monitoring.queries());
		return "monitoring/queries";
	}

	@CachedPage
	@GetMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new QueryForm());
		return form(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('LEAD')")
	String processCreationForm(@Valid @ModelAttribute("form") QueryForm form, BindingResult result,
			@RequestParam(required = false) String test, Model model, RedirectAttributes redirect) {
		if (test != null) {
			return test(form, result, model);
		}
		return Forms.submit(result, () -> form(model), () -> {
			try {
				KeywordQuery query = this.monitoring.createQuery(form);
				return Forms.done(redirect, "monitoring.query.created",
						"/monitoring/queries/" + query.getId() + "/edit");
			}
			catch (QuerySyntaxException ex) {
				rejectSyntax(result, ex);
				return form(model);
			}
		});
	}

	@CachedPage
	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String initUpdateForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", new QueryForm(this.monitoring.query(id)));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('LEAD')")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") QueryForm form, BindingResult result,
			@RequestParam(required = false) String test, Model model, RedirectAttributes redirect) {
		this.monitoring.query(id);
		if (test != null) {
			return test(form, result, model);
		}
		return Forms.submit(result, () -> form(model), () -> {
			try {
				this.monitoring.updateQuery(id, form);
				return Forms.done(redirect, "monitoring.query.updated", "/monitoring/queries");
			}
			catch (QuerySyntaxException ex) {
				rejectSyntax(result, ex);
				return form(model);
			}
		});
	}

	private String test(QueryForm form, BindingResult result, Model model) {
		if (!result.hasFieldErrors("query")) {
			try {
				model.addAttribute("testResult", this.tester.test(form.getQuery(), TEST_OVER));
			}
			catch (QuerySyntaxException ex) {
				rejectSyntax(result, ex);
			}
		}
		return form(model);
	}

	private void rejectSyntax(BindingResult result, QuerySyntaxException ex) {
		String code = (ex.getPosition() > 0) ? "monitoring.query.syntax.at" : "monitoring.query.syntax";
		result.rejectValue("query", code, new Object[] { ex.getPosition(), ex.getMessage() }, this.messages
			.getMessage(code, new Object[] { ex.getPosition(), ex.getMessage() }, LocaleContextHolder.getLocale()));
	}

	private String form(Model model) {
		model.addAttribute("departments", this.departments.all());
		return FORM;
	}

}
